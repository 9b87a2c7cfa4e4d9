import { isLoopbackAddress } from "@/lib/security/loopback";
import { getEnv } from "@/lib/env";

/** Stops the server with one line when configuration is invalid (called from instrumentation.ts). */
export function checkEnvOnStart(): void {
  try {
    const env = getEnv();
    if (env.TRUSTED_PROXY_HOPS === 0 && !isLoopbackAddress(env.PORTAL_LISTEN_HOST)) {
      console.warn(
        "TRUSTED_PROXY_HOPS is 0 and the portal listens beyond loopback: per-IP limits cannot tell clients apart, so all clients share one count. Put the portal behind a reverse proxy that appends X-Forwarded-For and set TRUSTED_PROXY_HOPS to the number of proxies.",
      );
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
