import { readFile } from "node:fs/promises";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";

import type { SessionUser } from "@/lib/auth/roles";
import { createTestDatabase, testEngines, type TestDatabase } from "@/lib/db/testing/test-database";
import { AppError } from "@/lib/errors";
import { runSeed } from "@/lib/seed/run-seed";
import { sourceFiles } from "@/lib/testing/source-files";

import { executeMutation, type Mutation } from "./define-mutation";
import { mutations, type MutationName } from "./registry";

// Every mutation × every kind of caller → allowed or denied, run for real against the database.
// "author" owns the contribution the input targets; "other" is another contributor.

const ACTORS = ["signedOut", "author", "other", "moderator", "admin"] as const;
type Actor = (typeof ACTORS)[number];
type Expectation = Record<Actor, "allow" | "deny">;

const only = (...allowed: Actor[]): Expectation =>
  Object.fromEntries(ACTORS.map((actor) => [actor, allowed.includes(actor) ? "allow" : "deny"])) as Expectation;

const EXPECTED = {
  devSignIn: only("signedOut", "author", "other", "moderator", "admin"),
  signOut: only("author", "other", "moderator", "admin"),
  setUserRole: only("admin"),
  suspendUser: only("admin"),
  createContribution: only("author", "other", "moderator", "admin"),
  updateContribution: only("author"),
  reviewContribution: only("moderator", "admin"),
  voteContribution: only("other", "moderator", "admin"),
  reportContribution: only("author", "other", "moderator", "admin"),
  recordOutcome: only("signedOut", "author", "other", "moderator", "admin"),
  startProbe: only("signedOut", "author", "other", "moderator", "admin"),
} satisfies Record<MutationName, Expectation>;

const content = {
  kind: "DIAGNOSTIC_TECHNIQUE",
  title: "Decode the bearer token the server rejected",
  categorySlug: "token-expiration-issues",
  body: "Paste the token into the portal's token inspector and compare exp with the server clock.",
  runbookNodes: [],
  steps: "Copy the Authorization header\nDecode it",
  reveals: "Whether the token expired or was issued for another audience.",
};

describe.each(testEngines)("authorization matrix on %s", (engine) => {
  let test: TestDatabase;
  const users = {} as Record<Exclude<Actor, "signedOut">, SessionUser>;
  let resolutionNode: string;

  beforeAll(async () => {
    test = await createTestDatabase(engine);
    await runSeed(test.db);
    const roles = { author: "CONTRIBUTOR", other: "CONTRIBUTOR", moderator: "MODERATOR", admin: "ADMIN" } as const;
    for (const [actor, role] of Object.entries(roles)) {
      const row = await test.db.user.create({ data: { name: actor, email: `${actor}@test.invalid`, role } });
      users[actor as keyof typeof roles] = { id: row.id, name: actor, role };
    }
    const runbook = await test.db.runbook.findUniqueOrThrow({ where: { slug: "token-expiration-issues" } });
    resolutionNode = (runbook.definition as { nodes: { id: string; kind: string }[] }).nodes.find(
      (node) => node.kind === "resolution",
    )!.id;
    // A second admin, so that demoting one in the matrix is not refused as "the last admin".
    await test.db.user.create({ data: { name: "admin2", email: "admin2@test.invalid", role: "ADMIN" } });
  });
  afterAll(() => test.close());

  /** A fresh contribution by the author for each case, so no case depends on another's outcome. */
  async function contribution(status: "SUBMITTED" | "APPROVED") {
    const row = await test.db.contribution.create({
      data: {
        kind: "DIAGNOSTIC_TECHNIQUE",
        title: content.title,
        categorySlug: content.categorySlug,
        authorId: users.author.id,
        status,
        publishedRevision: status === "APPROVED" ? 1 : null,
        revisions: {
          create: {
            number: 1,
            authorId: users.author.id,
            title: content.title,
            body: content.body,
            fields: { steps: ["Copy the Authorization header"], reveals: content.reveals },
          },
        },
      },
    });
    return row.id;
  }

  const inputs: Record<MutationName, () => Promise<unknown>> = {
    devSignIn: async () => ({ name: `Dev ${Math.random().toString(36).slice(2, 8)}`, role: "CONTRIBUTOR" }),
    signOut: async () => ({}),
    setUserRole: async () => ({ userId: users.other.id, role: "MODERATOR" }),
    suspendUser: async () => ({ userId: users.other.id, suspend: "false" }),
    createContribution: async () => ({ ...content, intent: "draft" }),
    updateContribution: async () => ({ ...content, id: await contribution("SUBMITTED"), baseVersion: 1 }),
    reviewContribution: async () => ({ id: await contribution("SUBMITTED"), baseVersion: 1, decision: "approve" }),
    voteContribution: async () => ({ id: await contribution("APPROVED") }),
    reportContribution: async () => ({ id: await contribution("APPROVED"), reason: "The steps leak the token." }),
    recordOutcome: async () => ({ slug: "token-expiration-issues", nodeId: resolutionNode, version: 1, fixed: "yes" }),
    startProbe: async () => ({ url: "https://mcp.example.com/mcp" }),
  };

  it("has an expected rule for every mutation in the registry, and nothing else", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(mutations).sort());
  });

  for (const name of Object.keys(EXPECTED) as MutationName[]) {
    for (const actor of ACTORS) {
      const expected = EXPECTED[name][actor];
      it(`${name} (${mutations[name].rule}): ${actor} → ${expected}`, async () => {
        const user = actor === "signedOut" ? null : users[actor];
        const mutation = mutations[name] as Mutation<z.ZodType, unknown>;
        const attempt = executeMutation(test.db, mutation, await inputs[name](), {
          user,
          ip: `198.51.100.${ACTORS.indexOf(actor)}`,
          sessionToken: null,
        });
        if (expected === "allow") {
          await expect(attempt).resolves.toBeDefined();
        } else {
          const error = await attempt.then(
            () => null,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(AppError);
          expect(["UNAUTHENTICATED", "FORBIDDEN"]).toContain((error as AppError).code);
        }
      });
    }
  }
});

/**
 * Server actions that read and write nothing but a rate-limit count: the form's Markdown preview, runbook steps'
 * content, the known-issue list's component suggestions.
 */
const READ_ONLY_ACTIONS = ["previewMarkdownAction", "runbookStepContentsAction", "componentNamesAction"];
/**
 * POST routes that only read: the MCP server speaks JSON-RPC over POST and its tools are read-only. Its one
 * write is the per-IP search count (lib/rate-limit/limit-request.ts, policy "search"), shared with GET /api/search.
 */
const READ_ONLY_POST_ROUTES = ["app/mcp/route.ts"];

describe("every write path goes through the registry", () => {
  // next-auth's own endpoints (app/api/auth) are its code, re-exported: they create sessions and
  // accounts through the Prisma adapter, for providers an administrator configured.
  it("server actions and API routes that write call runMutation with a registered mutation", async () => {
    const files = await sourceFiles(path.resolve("app"));
    const offenders: string[] = [];
    for (const file of files) {
      const source = await readFile(file, "utf8");
      const isServerActions = /^["']use server["']/m.test(source);
      const isWritingRoute =
        /export (async )?function (POST|PUT|PATCH|DELETE)\b|export const (POST|PUT|PATCH|DELETE)\b/.test(source) &&
        !READ_ONLY_POST_ROUTES.includes(path.relative(process.cwd(), file));
      if (!isServerActions && !isWritingRoute) continue;
      if (/from "@\/lib\/db"|getDb\(|\$transaction|\b(db|tx)\.\w+\.(create|update|upsert|delete)/.test(source)) {
        offenders.push(`${path.relative(process.cwd(), file)} touches the database directly`);
      }
      if (isWritingRoute && !/runMutation(OrThrow|WithBody)?\(mutations\.\w+/.test(source)) {
        offenders.push(`${path.relative(process.cwd(), file)} writes without a registered mutation`);
      }
      if (!isServerActions) continue;
      for (const action of source.split(/export async function (?=\w)/).slice(1)) {
        const name = action.match(/^\w+/)![0];
        if (!READ_ONLY_ACTIONS.includes(name) && !/runMutation\(mutations\.\w+/.test(action)) {
          offenders.push(`${path.relative(process.cwd(), file)}: ${name} does not run a registered mutation`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
