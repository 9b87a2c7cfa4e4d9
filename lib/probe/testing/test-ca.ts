import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface TestPki {
  /** The root to trust (the probe's --ca). */
  ca: string;
  key: string;
  /** Leaf + intermediate: what a correct server sends. */
  fullChain: string;
  /** The leaf alone: the "incomplete chain" misconfiguration. */
  leafOnly: string;
  /** A leaf from the same intermediate whose validity ended in 2020, with its intermediate. */
  expiredChain: string;
}

/** A root, an intermediate and leaves for 127.0.0.1/localhost, made at test time with the openssl CLI. */
export function makeTestPki(): TestPki {
  const dir = mkdtempSync(path.join(tmpdir(), "probe-pki-"));
  const file = (name: string) => path.join(dir, name);
  const run = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  try {
    const key = (name: string) =>
      run("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", file(name));
    key("root.key");
    key("int.key");
    key("leaf.key");
    writeFileSync(file("ca.ext"), "basicConstraints=critical,CA:true\nkeyUsage=critical,keyCertSign,cRLSign\n");
    writeFileSync(
      file("leaf.ext"),
      "basicConstraints=CA:false\nsubjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n",
    );
    run(
      "req",
      "-x509",
      "-new",
      "-key",
      file("root.key"),
      "-subj",
      "/CN=Probe Test Root",
      "-days",
      "30",
      "-out",
      file("root.pem"),
      "-addext",
      "basicConstraints=critical,CA:true",
      "-addext",
      "keyUsage=critical,keyCertSign,cRLSign",
    );
    run("req", "-new", "-key", file("int.key"), "-subj", "/CN=Probe Test Intermediate", "-out", file("int.csr"));
    run(
      "x509",
      "-req",
      "-in",
      file("int.csr"),
      "-CA",
      file("root.pem"),
      "-CAkey",
      file("root.key"),
      "-CAcreateserial",
      "-days",
      "30",
      "-extfile",
      file("ca.ext"),
      "-out",
      file("int.pem"),
    );
    run("req", "-new", "-key", file("leaf.key"), "-subj", "/CN=127.0.0.1", "-out", file("leaf.csr"));
    run(
      "x509",
      "-req",
      "-in",
      file("leaf.csr"),
      "-CA",
      file("int.pem"),
      "-CAkey",
      file("int.key"),
      "-CAcreateserial",
      "-days",
      "30",
      "-extfile",
      file("leaf.ext"),
      "-out",
      file("leaf.pem"),
    );
    // openssl x509 cannot backdate; `openssl ca` can, with a throwaway database.
    writeFileSync(file("index.txt"), "");
    writeFileSync(file("serial"), "1000\n");
    writeFileSync(
      file("ca.cnf"),
      [
        "[ca]",
        "default_ca=test",
        "[test]",
        `dir=${dir}`,
        "database=$dir/index.txt",
        "serial=$dir/serial",
        "new_certs_dir=$dir",
        "default_md=sha256",
        "policy=any",
        "copy_extensions=none",
        "unique_subject=no",
        "[any]",
        "commonName=supplied",
      ].join("\n"),
    );
    run(
      "ca",
      "-batch",
      "-config",
      file("ca.cnf"),
      "-cert",
      file("int.pem"),
      "-keyfile",
      file("int.key"),
      "-in",
      file("leaf.csr"),
      "-startdate",
      "20200101000000Z",
      "-enddate",
      "20200102000000Z",
      "-extfile",
      file("leaf.ext"),
      "-notext",
      "-out",
      file("expired.pem"),
    );
    const read = (name: string) => readFileSync(file(name), "utf8");
    return {
      ca: read("root.pem"),
      key: read("leaf.key"),
      fullChain: read("leaf.pem") + read("int.pem"),
      leafOnly: read("leaf.pem"),
      expiredChain: read("expired.pem") + read("int.pem"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
