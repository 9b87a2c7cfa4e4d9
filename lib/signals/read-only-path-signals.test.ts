import { describe, expect, it } from "vitest";

import { matchSignals } from "./match-signals";
import { getCompiledSignals } from "./signal-index";

// A relative path refused as read-only means the server writes into its working directory, which a desktop client
// set to "/": a permission problem of the local process. The same error in a container is the container's
// read-only root, and must stay with the container signal alone.
const LOCAL = "read-only-relative-path-outside-container";

const fired = async (text: string) => matchSignals(await getCompiledSignals(), text).map((match) => match.signal.id);

describe(LOCAL, () => {
  it("fires on a relative path, Python's and Node's wording, and shows those words", async () => {
    const matches = matchSignals(await getCompiledSignals(), "OSError: [Errno 30] Read-only file system: 'logs'");
    expect(matches.find((match) => match.signal.id === LOCAL)?.matched).toBe("Read-only file system: 'logs'");
    expect(await fired("Error: EROFS: read-only file system, mkdir 'output'")).toContain(LOCAL);
  });

  it("takes a client log's bracketed server name for a name, not for a container", async () => {
    expect(
      await fired("[kubernetes] [info] Initializing server...\nOSError: [Errno 30] Read-only file system: 'logs'"),
    ).toContain(LOCAL);
  });

  it("stays quiet on absolute paths and whenever a container is named, before or after the error", async () => {
    expect(await fired("OSError: [Errno 30] Read-only file system: '/root/.cache/uv'")).not.toContain(LOCAL);
    expect(await fired("docker run --read-only img\nOSError: [Errno 30] Read-only file system: 'logs'")).not.toContain(
      LOCAL,
    );
    expect(await fired("OSError: [Errno 30] Read-only file system: 'logs' inside the container")).not.toContain(LOCAL);
  });
});
