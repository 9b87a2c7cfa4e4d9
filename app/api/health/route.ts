import { checkDatabase } from "@/lib/db/check-database";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

/** App and database status for load balancers and people: 200 when both are up, 503 otherwise. */
export async function GET() {
  const database = await checkDatabase();
  const ok = database.status === "ok";
  return Response.json(
    { status: ok ? "ok" : "degraded", app: { status: "ok", version: packageJson.version }, database },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
