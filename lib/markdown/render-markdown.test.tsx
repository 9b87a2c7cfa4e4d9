import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { renderCode, renderMarkdown } from "./render-markdown";

const html = (markdown: string) => renderToStaticMarkup(<>{renderMarkdown(markdown)}</>);

// What no rendered output may contain: anything that runs script.
const EXECUTABLE = /<script|<iframe|<object|<embed|<svg|<style|\son\w+=|javascript:|data:text\/html|vbscript:/i;

describe("renderMarkdown", () => {
  it("renders GitHub-flavoured Markdown: emphasis, lists, tables, code", () => {
    const out = html("**401** then `WWW-Authenticate`\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(out).toContain("<strong>401</strong>");
    expect(out).toContain("<code>WWW-Authenticate</code>");
    expect(out).toContain("<li>two</li>");
    expect(out).toContain("<td>2</td>");
  });

  it.each([
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<svg onload="alert(1)"><circle/></svg>',
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=//evil.example></iframe>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<<script>script>alert(1)<</script>/script>",
    "![x](javascript:alert(1))",
    '<math><mtext><table><mglyph><style><img src=x onerror="alert(1)">',
  ])("never outputs an executable vector for %j", (payload) => {
    expect(html(payload)).not.toMatch(EXECUTABLE);
  });

  it("keeps safe links and marks them nofollow", () => {
    expect(html("[spec](https://modelcontextprotocol.io/specification)")).toBe(
      '<p><a href="https://modelcontextprotocol.io/specification" rel="nofollow noreferrer">spec</a></p>',
    );
  });

  it("highlights code blocks by language", () => {
    const out = renderToStaticMarkup(<>{renderCode('curl -i "$MCP_URL"', "bash")}</>);
    expect(out).toContain('class="hljs language-bash"');
    expect(out).toContain('<span class="hljs-string">&quot;<span class="hljs-variable">$MCP_URL</span>&quot;</span>');
  });
});
