import type { RunbookNode } from "./schemas";

// Rule 4 of issue 15: a step is self-contained. Every shell variable its commands read is set in the same step
// (assigned, a loop variable, `read`), or guarded with `: "${NAME:?what to set}"` so the command stops and says
// what is missing instead of running with an empty value. Reads that tolerate an unset variable
// (`${NAME:-default}`, `${NAME:+…}`) need neither.

const SHELLS = new Set(["bash", "sh", "shell", "zsh", "console"]);
/** Set by the shell or the login environment on every machine. */
const AMBIENT = new Set([
  "HOME",
  "PATH",
  "PWD",
  "USER",
  "SHELL",
  "TMPDIR",
  "UID",
  "EUID",
  "RANDOM",
  "SECONDS",
  "HOSTNAME",
  "LANG",
  "OSTYPE",
  "PPID",
  "REPLY",
  "BASH_SOURCE",
  "IFS",
  "LINENO",
  "OPTARG",
  "OPTIND",
  "PIPESTATUS",
  "EPOCHSECONDS",
]);

/** The code without comment lines, single-quoted text blanked out: `$NF` in an awk program is not a variable. */
function withoutSingleQuotes(source: string): string {
  const code = source
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("#"))
    .join("\n");
  let out = "";
  let inDouble = false;
  // `$( … )` starts a fresh quoting context, even inside double quotes.
  const outer: boolean[] = [];
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === "\\" && !inDouble && code[i + 1] !== undefined) {
      out += c + code[++i];
    } else if (c === "$" && code[i + 1] === "(") {
      outer.push(inDouble);
      inDouble = false;
      out += "$(";
      i++;
    } else if (c === ")" && !inDouble && outer.length > 0) {
      inDouble = outer.pop()!;
      out += c;
    } else if (c === '"') {
      inDouble = !inDouble;
      out += c;
    } else if (c === "'" && !inDouble) {
      const end = code.indexOf("'", i + 1);
      if (end === -1) break;
      out += " ".repeat(end - i + 1);
      i = end;
    } else out += c;
  }
  return out;
}

function definedIn(code: string): Set<string> {
  const names = new Set<string>();
  const add = (re: RegExp) => {
    for (const match of code.matchAll(re)) names.add(match[1]!);
  };
  add(/(?:^|[\s;&|(`{])(?:export\s+|local\s+|declare\s+(?:-\w+\s+)*|readonly\s+)?([A-Za-z_]\w*)(?:\[[^\]]*\])?\+?=/g);
  add(/\bfor\s+([A-Za-z_]\w*)\s+in\b/g);
  add(/\$\{([A-Za-z_]\w*):?[?=]/g);
  for (const match of code.matchAll(/\bread\s+((?:-[A-Za-z]+\s+)*)([A-Za-z_][\w \t]*)/g)) {
    for (const name of match[2]!.trim().split(/\s+/)) if (/^[A-Za-z_]\w*$/.test(name)) names.add(name);
  }
  for (const match of code.matchAll(/\b(?:getopts\s+\S+|mapfile(?:\s+-\w+)*|readarray(?:\s+-\w+)*)\s+([A-Za-z_]\w*)/g))
    names.add(match[1]!);
  return names;
}

/** The code without `${NAME:-…}` / `${NAME:+…}` expansions, nested ones included: they tolerate an unset NAME. */
function withoutTolerantExpansions(code: string): string {
  let out = code;
  for (;;) {
    const match = /\$\{[A-Za-z_]\w*:?[-+]/.exec(out);
    if (!match) return out;
    let depth = 0;
    let end = match.index;
    for (; end < out.length; end++) {
      if (out[end] === "{") depth++;
      else if (out[end] === "}" && --depth === 0) break;
    }
    out = out.slice(0, match.index) + " " + out.slice(end + 1);
  }
}

function usedIn(source: string): Set<string> {
  const code = withoutTolerantExpansions(source);
  const names = new Set<string>();
  for (const match of code.matchAll(/\$([A-Za-z_]\w*)|\$\{#?([A-Za-z_]\w*)(\[[^\]]*\])?([^}]{0,2})/g)) {
    const name = match[1] ?? match[2]!;
    const operator = match[4] ?? "";
    if (match[2] && /^(:?[-+=?])/.test(operator)) continue;
    names.add(name);
  }
  return names;
}

/** The variables a step's shell commands read but never set or guard, in order of first use. */
export function undefinedCommandVariables(node: RunbookNode): string[] {
  if (node.kind !== "diagnostic") return [];
  const shellCode = node.commands
    .filter((command) => SHELLS.has(command.language))
    .map((command) => withoutSingleQuotes(command.code));
  const defined = new Set(shellCode.flatMap((code) => [...definedIn(code)]));
  const missing: string[] = [];
  for (const code of shellCode)
    for (const name of usedIn(code))
      if (!defined.has(name) && !AMBIENT.has(name) && !missing.includes(name)) missing.push(name);
  return missing;
}
