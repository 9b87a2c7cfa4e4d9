import { handleMcpRequest } from "@/lib/mcp/http/handle-mcp-request";

// The portal's MCP server (Streamable HTTP, stateless): lib/mcp holds everything.
export const dynamic = "force-dynamic";

export const POST = handleMcpRequest;
export const GET = handleMcpRequest;
export const DELETE = handleMcpRequest;
export const OPTIONS = handleMcpRequest;
