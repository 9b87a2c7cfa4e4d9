// Validates configuration once, when the server starts: a bad variable stops start-up with one line
// instead of surfacing later as a failing page.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkEnvOnStart } = await import("@/lib/check-env-on-start");
  checkEnvOnStart();
}
