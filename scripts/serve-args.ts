/** `next start|dev` bound to one address; PORT, when set, is read by Next.js itself. */
export function nextServeArgs(mode: "start" | "dev", host: string): string[] {
  return [mode, "--hostname", host.replace(/^\[(.*)\]$/, "$1")];
}
