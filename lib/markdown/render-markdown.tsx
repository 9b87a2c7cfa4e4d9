import "server-only";

import type { Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import type { ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import rehypeHighlight from "rehype-highlight";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

import { remarkLiteralHtmlAndLinkedImages } from "./literal-html";

// The one Markdown renderer. Raw HTML in the source is shown as the literal text it is (literal-html.ts;
// remark-rehype would otherwise drop it, taking words like "<token>" with it) and remote images become
// links (the CSP would block them); the tree is then sanitized with GitHub's allow-list (no script, no
// event handlers, no javascript: or data: URLs), and only then highlighted. The result is React
// elements, never an HTML string.
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"] },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkLiteralHtmlAndLinkedImages)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeHighlight, { detect: false });

// Parsing, sanitizing and highlighting cost about a millisecond per block and a runbook page renders
// every node, so sanitized trees are kept by source text, bounded by the characters they hold (a count of
// entries alone let 5,000 distinct 20,000-character inputs pin gigabytes); the oldest entry goes first.
// Text people are still typing (the form's preview) is rendered without the cache: `{ cache: false }`.
const treeCache = new Map<string, Root>();
export const TREE_CACHE_MAX_CHARACTERS = 2_000_000;
let cachedCharacters = 0;

function sanitizedTree(markdown: string, cache: boolean): Root {
  let tree = treeCache.get(markdown);
  if (!tree) {
    tree = processor.runSync(processor.parse(markdown)) as Root;
    if (!cache || markdown.length > TREE_CACHE_MAX_CHARACTERS / 10) return tree;
    while (cachedCharacters + markdown.length > TREE_CACHE_MAX_CHARACTERS) {
      const oldest = treeCache.keys().next().value!;
      treeCache.delete(oldest);
      cachedCharacters -= oldest.length;
    }
    treeCache.set(markdown, tree);
    cachedCharacters += markdown.length;
  }
  return tree;
}

/** What the cache holds now: for tests and diagnostics. */
export function treeCacheUsage() {
  return { entries: treeCache.size, characters: cachedCharacters };
}

export function renderMarkdown(markdown: string, { cache = true }: { cache?: boolean } = {}): ReactNode {
  const tree = sanitizedTree(markdown, cache);
  return toJsxRuntime(tree, {
    Fragment,
    jsx,
    jsxs,
    components: {
      a: (props) => <a {...props} rel="nofollow noreferrer" />,
      // Code blocks scroll sideways; keyboard users must be able to focus them to scroll.
      pre: (props) => <pre {...props} tabIndex={0} />,
    },
  });
}

/** A code block, highlighted like fenced Markdown code. */
export function renderCode(code: string, language: string): ReactNode {
  const longestRun = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = "`".repeat(longestRun + 1);
  return renderMarkdown(`${ticks}${language}\n${code.trimEnd()}\n${ticks}`);
}
