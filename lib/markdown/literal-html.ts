// A remark plugin for contributed Markdown, run before the tree becomes HTML.
//
// Raw HTML: troubleshooting text is full of angle brackets that are not markup ("Bearer <token>",
// "expected <html> but got <json>"). Dropping them as HTML lost the words, so every raw HTML node is
// kept as literal text instead; it is escaped like any other text, so nothing of it becomes markup.
//
// Images: the Content-Security-Policy allows images from this site only, so a remote image would be a
// broken picture. An image with an absolute URL becomes a link to it, labelled with its alt text.

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  title?: string | null;
  identifier?: string;
  label?: string | null;
  referenceType?: string;
  children?: MdNode[];
}

const isRemote = (url: string) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url.trim());

function literal(node: MdNode, parent: MdNode): MdNode {
  const text = { type: "text", value: node.value ?? "" };
  // Block HTML sits where paragraphs do; inline HTML inside one.
  return parent.type === "root" || parent.type === "blockquote" || parent.type === "listItem"
    ? { type: "paragraph", children: [text] }
    : text;
}

function transform(parent: MdNode, definitions: Map<string, string>) {
  if (!parent.children) return;
  parent.children = parent.children.map((node) => {
    if (node.type === "html") return literal(node, parent);
    if (node.type === "image" && node.url && isRemote(node.url)) {
      return {
        type: "link",
        url: node.url,
        title: node.title ?? null,
        children: [{ type: "text", value: node.alt || node.url }],
      };
    }
    if (node.type === "imageReference") {
      const url = definitions.get(node.identifier ?? "");
      if (url !== undefined && isRemote(url)) {
        return { ...node, type: "linkReference", children: [{ type: "text", value: node.alt || url }] };
      }
    }
    transform(node, definitions);
    return node;
  });
}

function collectDefinitions(node: MdNode, into: Map<string, string>) {
  if (node.type === "definition" && node.identifier && node.url !== undefined) into.set(node.identifier, node.url);
  for (const child of node.children ?? []) collectDefinitions(child, into);
  return into;
}

export function remarkLiteralHtmlAndLinkedImages() {
  return (tree: MdNode) => {
    transform(tree, collectDefinitions(tree, new Map()));
  };
}
