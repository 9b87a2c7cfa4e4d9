import { createHash } from "node:crypto";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { ThemeProvider } from "@/components/layout/theme-provider";

import {
  contentSecurityPolicy,
  findThemeScriptHash,
  hashedContentSecurityPolicy,
  inlineScriptHashes,
  rememberThemeScriptHash,
} from "./headers";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("Content-Security-Policy", () => {
  it("finds next-themes' inline script and allows it by hash on pages rendered per request", () => {
    const html = renderToString(createElement(ThemeProvider, null, "page"));
    const themeHash = findThemeScriptHash(html);
    expect(inlineScriptHashes(html)).toEqual([themeHash]);
    rememberThemeScriptHash(themeHash!);
    expect(contentSecurityPolicy("abc")).toContain(`'nonce-abc' ${themeHash} 'strict-dynamic'`);
  });

  it("hashes inline scripts only, never script files or empty tags", () => {
    const html =
      '<script src="/_next/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script>' +
      '<SCRIPT type="text/javascript">b()</SCRIPT><script></script>';
    expect(inlineScriptHashes(html)).toEqual([sha256('self.__next_f.push([1,"x"])'), sha256("b()")]);
  });

  it("gives a cached page a policy without 'unsafe-inline' or a nonce for scripts", () => {
    const policy = hashedContentSecurityPolicy([sha256("a()"), sha256("a()")]);
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src "))!;
    expect(scriptSrc).toBe(`script-src 'self' ${sha256("a()")}`);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});
