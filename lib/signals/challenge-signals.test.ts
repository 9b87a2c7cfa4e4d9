import { describe, expect, it } from "vitest";

import { matchSignals } from "./match-signals";
import { getCompiledSignals } from "./signal-index";

// The content's own signal for a Bearer challenge that does not say where the resource metadata is: it must not
// fire on challenges that do say it, however the header is wrapped, nor on a 403's scope challenge.
const ID = "http-401-bearer-without-resource-metadata";

const fires = async (text: string) =>
  matchSignals(await getCompiledSignals(), text).some((match) => match.signal.id === ID);

describe(ID, () => {
  it("fires on a Bearer challenge with no resource_metadata", async () => {
    expect(await fires('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="mcp"')).toBe(true);
  });

  it("stays quiet when resource_metadata follows, on the same line or a folded one", async () => {
    expect(
      await fires('WWW-Authenticate: Bearer resource_metadata="https://x/.well-known/oauth-protected-resource"'),
    ).toBe(false);
    expect(
      await fires(
        'HTTP/1.1 403 Forbidden\n  www-authenticate: Bearer\n  resource_metadata="https://x/.well-known/oauth-protected-resource"',
      ),
    ).toBe(false);
  });

  it("stays quiet on an insufficient_scope challenge", async () => {
    expect(
      await fires(
        'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="insufficient_scope",\n  scope="files:write"',
      ),
    ).toBe(false);
  });
});
