import type { Metadata } from "next";

import { ProbeIntro } from "@/components/probe/probe-intro";
import { ProbeWorkbench } from "@/components/probe/probe-workbench";
import { findProbeStepLinks } from "@/lib/probe/find-step-links";
import { portalNetworkPolicy } from "@/lib/probe/portal-policy";

export const metadata: Metadata = { title: "Probe an MCP server" };

// Rendered per request with the proxy's nonce policy (not in lib/page-cache/cached-pages.ts).
export const dynamic = "force-dynamic";

export default async function ProbePage() {
  const links = await findProbeStepLinks();
  return (
    <div className="space-y-8">
      <ProbeIntro deployed={portalNetworkPolicy().mode === "public-only"} />
      <ProbeWorkbench links={links} />
    </div>
  );
}
