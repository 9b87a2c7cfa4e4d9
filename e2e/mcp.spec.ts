import { expect, test } from "@playwright/test";

// The built app's MCP endpoint, as an agent's HTTP client sees it: plain JSON-RPC over POST.

const HEADERS = {
  "Content-Type": "application/json",
  Accept: "application/json, text/event-stream",
  "MCP-Protocol-Version": "2025-11-25",
};

/** A JSON-RPC answer, whether the server chose a JSON body or a one-event SSE stream. */
function parseRpc(text: string) {
  const data = text.startsWith("{")
    ? text
    : text
        .split("\n")
        .find((line) => line.startsWith("data: "))!
        .slice(6);
  return JSON.parse(data);
}

test("POST /mcp answers a JSON-RPC tools/list with the portal's four tools, with hardening headers", async ({
  request,
}) => {
  const response = await request.post("/mcp", {
    headers: HEADERS,
    data: { jsonrpc: "2.0", id: 1, method: "tools/list", params: {} },
  });
  expect(response.status()).toBe(200);
  const body = parseRpc(await response.text());
  expect(body.result.tools.map((tool: { name: string }) => tool.name).sort()).toEqual([
    "diagnose_error",
    "get_known_issue",
    "get_runbook_step",
    "search_known_issues",
  ]);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("the diagnosis an agent gets links to a runbook step page that opens", async ({ request, page }) => {
  const response = await request.post("/mcp", {
    headers: HEADERS,
    data: {
      jsonrpc: "2.0",
      id: 2,
      method: "tools/call",
      params: {
        name: "diagnose_error",
        arguments: { error: "Error: unable to verify the first certificate\n    at TLSSocket.onConnectSecure" },
      },
    },
  });
  const { result } = parseRpc(await response.text());
  const url = new URL(result.structuredContent.diagnosis.step.url);
  expect(url.host).toBe(new URL(test.info().project.use.baseURL!).host);
  await page.goto(`${url.pathname}${url.search}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: result.structuredContent.diagnosis.step.title })).toBeVisible();
});

test("a foreign Origin is refused (DNS rebinding protection)", async ({ request }) => {
  const response = await request.post("/mcp", {
    headers: { ...HEADERS, Origin: "http://evil.example.com" },
    data: { jsonrpc: "2.0", id: 3, method: "tools/list", params: {} },
  });
  expect(response.status()).toBe(403);
});
