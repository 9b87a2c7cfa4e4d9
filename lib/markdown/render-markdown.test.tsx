import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { renderCode, renderMarkdown, TREE_CACHE_MAX_CHARACTERS, treeCacheUsage } from "./render-markdown";

const html = (markdown: string) => renderToStaticMarkup(<>{renderMarkdown(markdown)}</>);

// What no rendered output may contain, judged on its tags only (text is escaped, so every literal "<"
// in the output opens a real tag): elements that run script or load active content, event handler and
// style attributes, and URL attributes with a scheme other than http(s) or mailto. Scheme names may
// remain as harmless text ("javascript:alert(1)" inside a paragraph).
const FORBIDDEN_ELEMENT = /^<(script|iframe|object|embed|svg|math|style|form|base|meta|input|link|frame)\b/i;
const FORBIDDEN_ATTRIBUTE = /\s(on\w+|style|formaction)=/i;
const DANGEROUS_URL_ATTRIBUTE =
  /\s(?:href|src|action|data|poster|xlink:href)="\s*(?!https?:|mailto:|#|\/|\.)[a-z0-9+.-]+:/i;

function executableParts(out: string): string[] {
  return (out.match(/<[a-z][^>]*>/gi) ?? []).filter(
    (tag) => FORBIDDEN_ELEMENT.test(tag) || FORBIDDEN_ATTRIBUTE.test(tag) || DANGEROUS_URL_ATTRIBUTE.test(tag),
  );
}

describe("the executable-vector check itself", () => {
  it("flags real vectors and passes escaped text", () => {
    expect(executableParts('<img src="x" onerror="alert(1)">')).toHaveLength(1);
    expect(executableParts('<a href="javascript:alert(1)">x</a>')).toHaveLength(1);
    expect(executableParts("<svg><circle/></svg>")).toHaveLength(1);
    expect(executableParts("<p>javascript:alert(1) onerror=x &lt;script&gt;</p>")).toEqual([]);
  });
});

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
    "<javascript:alert(1)>",
    "[x](&#106;avascript:alert(1))",
    "[x](java\tscript:alert(1))",
    "[x]( javascript:alert(1))",
    "[x](javascript&colon;alert(1))",
    "[ref]\n\n[ref]: javascript:alert(1)",
    '<a href="&#x6A;avascript:alert(1)">x</a>',
    "[x](vbscript:msgbox(1))",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    '<form action="javascript:alert(1)"><button formaction="javascript:alert(2)">go</button></form>',
    "<details open ontoggle=alert(1)>x</details>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    '<base href="javascript:/a/-alert(1)///////">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
    '<!--<img src="--><img src=x onerror=alert(1)//">',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "<![CDATA[<script>alert(1)</script>]]>",
    '<a href="\u0001javascript:alert(1)">x</a>',
    "```html\n<script>alert(1)</script>\n```",
    '<input autofocus onfocus="alert(1)">',
    '<video><source onerror="alert(1)"></video>',
    "<style>@import 'javascript:alert(1)';</style>",
    '<a href="https://example.org" target="_blank" onclick="alert(1)">x</a>',
  ])("never outputs an executable vector for %j", (payload) => {
    expect(executableParts(html(payload))).toEqual([]);
  });

  it("never outputs an executable vector for random mixes of the corpus's pieces", () => {
    const pieces = [
      "<",
      ">",
      '"',
      "'",
      "`",
      "javascript:",
      "on",
      "error=",
      "alert(1)",
      "<img src=x ",
      "<svg ",
      "[a](",
      ")",
      "&#",
      "x6A;",
      "\n",
      "<!--",
      "-->",
      "<script>",
      "</",
      "data:text/html,",
      "**",
      "](",
      "=",
      " ",
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 500; i++) {
      const payload = Array.from(
        { length: 4 + Math.floor(random() * 20) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join("");
      expect(executableParts(html(payload)), payload).toEqual([]);
    }
  });

  it("shows angle-bracketed words as the text they are, not as dropped HTML", () => {
    expect(html("Send `Authorization: Bearer` then Bearer <token> to the server")).toBe(
      "<p>Send <code>Authorization: Bearer</code> then Bearer &lt;token&gt; to the server</p>",
    );
    expect(html("expected <html> but got <json>")).toBe("<p>expected &lt;html&gt; but got &lt;json&gt;</p>");
    expect(html("<details>\nsteps\n</details>")).toBe("<p>&lt;details&gt;\nsteps\n&lt;/details&gt;</p>");
    expect(html("<script>alert(1)</script>")).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
  });

  it("renders remote images as links, which the policy does not block, and keeps images from this site", () => {
    expect(html("![the 401 response](https://example.org/401.png)")).toBe(
      '<p><a href="https://example.org/401.png" rel="nofollow noreferrer">the 401 response</a></p>',
    );
    expect(html("![](//cdn.example.org/x.png)")).toBe(
      '<p><a href="//cdn.example.org/x.png" rel="nofollow noreferrer">//cdn.example.org/x.png</a></p>',
    );
    expect(html("![shot][s]\n\n[s]: https://example.org/s.png")).toBe(
      '<p><a href="https://example.org/s.png" rel="nofollow noreferrer">shot</a></p>',
    );
    expect(html("![logo](/icon.svg)")).toContain('<p><img src="/icon.svg" alt="logo"/></p>');
    expect(html("![x](https://example.org/a.png)")).not.toContain("<img");
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

describe("the rendered-tree cache", () => {
  it("is bounded by the characters it holds, not only by its number of entries", () => {
    // Distinct 19,000-character inputs (one code block each: cheap to parse), 2.85 million characters in all.
    const block = "x".repeat(19_000);
    for (let i = 0; i < 150; i++) renderMarkdown(`\`\`\`\n${i} ${block}\n\`\`\``);
    const usage = treeCacheUsage();
    expect(usage.characters).toBeLessThanOrEqual(TREE_CACHE_MAX_CHARACTERS);
    expect(usage.entries).toBeLessThan(150);
  });
});
