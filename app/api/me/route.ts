import { getCurrentUser } from "@/lib/auth/current-user";

/**
 * Who is signed in, for the header's menu: pages are cached and the same for everyone, so the one part
 * that differs per person is asked for from the browser. Never cached.
 */
export async function GET() {
  const user = await getCurrentUser();
  return Response.json(
    { user: user ? { name: user.name, role: user.role } : null },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
