import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";

import { describe, expect, it } from "vitest";

// CONTRIBUTING.md and ARCHITECTURE.md are followed by people who have never seen the repository: every
// command in their shell blocks must run as written, and every file they name must exist. A renamed
// script or moved file fails here, not in a newcomer's terminal.

const DOCS = ["CONTRIBUTING.md", "ARCHITECTURE.md"];
const SHELL_LANGUAGES = new Set(["sh", "bash", "shell", "console"]);
/** Programs the documents may tell people to run. Anything else is a typo or needs adding here on purpose. */
const PROGRAMS = new Set(["npm", "npx", "git", "curl", "grep", "cp", "cd", "bash", ".ci/run", "kill"]);
/** npm commands that are not scripts. */
const NPM_BUILTINS = new Set(["ci", "install", "start", "test"]);
/** Where a repository path starts: top-level folders and files. */
const REPO_PATH = /^(\.ci|app|components|lib|prisma|scripts|e2e|eval|conformance|public)\/[^\s]*$/;
const ROOT_FILES = new Set(["package.json", "proxy.ts", "next.config.ts", "instrumentation.ts", "README.md", ...DOCS]);
/** Files the worked examples ask the reader to create. */
const CREATED_BY_THE_READER = new Set([
  "prisma/content/known-issues/python-sdk-step-up-overwrites-earlier-scopes.yaml",
]);

interface Block {
  doc: string;
  language: string;
  code: string;
}

async function readDocs() {
  return Promise.all(DOCS.map(async (doc) => ({ doc, text: await readFile(doc, "utf8") })));
}

function fencedBlocks(doc: string, text: string): Block[] {
  return [...text.matchAll(/^```(\w*)[^\n]*\n([\s\S]*?)^```$/gm)].map((match) => ({
    doc,
    language: match[1]!,
    code: match[2]!,
  }));
}

/** Each command of a shell block: continuation lines joined, comments dropped, split at && ; | and ||. */
export function shellCommands(code: string): string[] {
  return code
    .replace(/\\\n\s*/g, " ")
    .split("\n")
    .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/\s*(?:&&|\|\||;|\|)\s*/))
    .map((command) => command.trim())
    .filter(Boolean);
}

/** The words of a command without leading VAR=value assignments; quotes are kept as written. */
function words(command: string): string[] {
  const all = command.match(/'[^']*'|"[^"]*"|\S+/g) ?? [];
  let start = 0;
  while (start < all.length && /^[A-Z_][A-Z0-9_]*=/.test(all[start]!)) start++;
  return all.slice(start);
}

/** A word that names a file of this repository (placeholders, globs and variables excluded). */
function repoPath(word: string): string | null {
  const bare = word.replace(/^["']|["']$/g, "").replace(/^\.\//, "");
  if (/[<>*$?{}]|:\/\//.test(bare)) return null;
  if (ROOT_FILES.has(bare)) return bare;
  if (!REPO_PATH.test(bare)) return null;
  const file = bare.replace(/[),.:]+$/, "");
  return CREATED_BY_THE_READER.has(file) ? null : file;
}

describe("the commands in CONTRIBUTING.md and ARCHITECTURE.md", async () => {
  const docs = await readDocs();
  const scripts = (JSON.parse(await readFile("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
  const blocks = docs.flatMap(({ doc, text }) => fencedBlocks(doc, text));
  const commands = blocks
    .filter((block) => SHELL_LANGUAGES.has(block.language))
    .flatMap((block) => shellCommands(block.code).map((command) => ({ doc: block.doc, command })));

  it("are there to check", () => {
    expect(commands.length).toBeGreaterThan(10);
  });

  it("run programs the documents may name, and every npm command is a script of package.json", () => {
    const problems: string[] = [];
    for (const { doc, command } of commands) {
      const [program, subcommand, script] = words(command);
      if (!program) continue;
      if (!PROGRAMS.has(program)) problems.push(`${doc}: "${command}" runs ${program}, which no document should need`);
      if (program !== "npm") continue;
      if (subcommand === "run") {
        if (!script || !(script in scripts))
          problems.push(`${doc}: "${command}": no script "${script}" in package.json`);
      } else if (!subcommand || !NPM_BUILTINS.has(subcommand)) {
        problems.push(`${doc}: "${command}": npm ${subcommand} is neither a script nor ci/install/start/test`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("name only files that exist", () => {
    const missing = commands.flatMap(({ doc, command }) =>
      words(command)
        .map(repoPath)
        .filter((file): file is string => file !== null && !existsSync(file))
        .map((file) => `${doc}: "${command}" names ${file}, which does not exist`),
    );
    expect(missing).toEqual([]);
  });
});

describe("the files CONTRIBUTING.md and ARCHITECTURE.md name", async () => {
  const docs = await readDocs();

  it("exist, whether in code spans or in links", () => {
    const missing: string[] = [];
    for (const { doc, text } of docs) {
      const prose = text.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, "");
      const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
      const links = [...prose.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
        .map((m) => m[1]!)
        .filter((l) => !/^\w+:/.test(l));
      for (const reference of [...spans, ...links]) {
        const file = repoPath(reference);
        if (file && !existsSync(path.resolve(file))) missing.push(`${doc}: ${reference}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("link to each other and from the README", async () => {
    const readme = await readFile("README.md", "utf8");
    for (const doc of DOCS) expect(readme, doc).toContain(`](${doc})`);
    expect(docs[0]!.text).toContain("](ARCHITECTURE.md");
    expect(docs[1]!.text).toContain("](CONTRIBUTING.md");
  });
});

describe("shellCommands", () => {
  it("splits chained commands and drops comments", () => {
    expect(shellCommands("npm ci && npm run dev   # serves\nPORT=3001 npm run dev\n")).toEqual([
      "npm ci",
      "npm run dev",
      "PORT=3001 npm run dev",
    ]);
    expect(shellCommands("curl -s http://x/ \\\n  | grep -c title")).toEqual(["curl -s http://x/", "grep -c title"]);
  });
});
