import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startFixture, type Fixture } from "./testing/fixture-server";
import { probeFixture } from "./testing/probe-fixture";
import { makeTestPki, type TestPki } from "./testing/test-ca";

// Certificates from a test CA made at test time with openssl; the probe trusts only that root (--ca).

let pki: TestPki;
const open: Fixture[] = [];
beforeAll(() => {
  pki = makeTestPki();
});
afterAll(async () => {
  await Promise.all(open.map((f) => f.close()));
});

async function probeWithCert(cert: string) {
  const f = await startFixture({ tls: { key: pki.key, cert } });
  open.push(f);
  return (await probeFixture(f, { ca: pki.ca })).byId;
}

describe("probing TLS", () => {
  it("passes a full chain from a trusted CA", async () => {
    const byId = await probeWithCert(pki.fullChain);
    for (const id of ["tls-version", "tls-chain", "tls-expiry", "tls-hostname"])
      expect(byId[id]?.status, id).toBe("pass");
  });

  it("fails a server that does not send its intermediate", async () => {
    const byId = await probeWithCert(pki.leafOnly);
    expect(byId["tls-chain"]).toMatchObject({ status: "fail", step: "network-security-issues/fix-server-certificate" });
    expect(byId["tls-chain"]?.summary).toMatch(/no intermediate certificate for "Probe Test Intermediate"/);
  });

  it("fails an expired certificate", async () => {
    const byId = await probeWithCert(pki.expiredChain);
    expect(byId["tls-expiry"]).toMatchObject({
      status: "fail",
      step: "network-security-issues/fix-server-certificate",
    });
    expect(byId["tls-expiry"]?.summary).toMatch(/expired on Jan {2}2 00:00:00 2020/);
  });
});
