import "server-only";

import { listFeedEntries } from "./list-feed-entries";
import { renderAtom } from "./render-atom";

/** /feed.xml: the portal's Atom feed for readers and chat tools. */
export async function buildFeed(origin: string): Promise<string> {
  const entries = await listFeedEntries(origin);
  return renderAtom({
    id: `${origin}/feed.xml`,
    title: "MCP Security Troubleshooting Portal: new fixes",
    subtitle: "Newly published known issues, community contributions and approved runbook changes.",
    selfUrl: `${origin}/feed.xml`,
    siteUrl: `${origin}/`,
    updated: entries[0]?.updated ?? new Date(0),
    entries,
  });
}
