import { describe, expect, it } from "vitest";

import { parseEnv } from "@/lib/env";

import { nextServeArgs } from "./serve-args";

describe("the quick start's listener", () => {
  it("binds to loopback unless HOST opens it", () => {
    expect(nextServeArgs("start", parseEnv({}).HOST)).toEqual(["start", "--hostname", "127.0.0.1"]);
    expect(nextServeArgs("dev", parseEnv({ HOST: "0.0.0.0" }).HOST)).toEqual(["dev", "--hostname", "0.0.0.0"]);
    expect(nextServeArgs("start", parseEnv({ HOST: "[::1]" }).HOST)).toEqual(["start", "--hostname", "::1"]);
  });

  it("refuses a HOST that is not an address, with the variable's name", () => {
    expect(() => parseEnv({ HOST: "0.0.0.0; rm -rf /" })).toThrow(/HOST must be a host name or an IP address/);
  });
});
