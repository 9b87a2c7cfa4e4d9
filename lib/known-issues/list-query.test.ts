import { describe, expect, it } from "vitest";

import { decodeQuerySegment } from "@/lib/page-cache/query-segment";

import { cachedKnownIssuesRewrites, isCachedKnownIssuesPath, KNOWN_ISSUES_QUERY_HEADER } from "./cached-list-path";
import { cachedKnownIssuesQuery, knownIssuesHref, listFilters } from "./list-query";

const queryOf = (url: string) => {
  const parsed = new URL(url, "http://portal.invalid");
  return cachedKnownIssuesQuery(parsed.pathname, parsed.searchParams);
};

describe("the known-issue list's cached form", () => {
  it("carries the valid filters and reads back as the filters the page was asked for", () => {
    const segment = queryOf("/known-issues?severity=high&category=token-expiration-issues&component=mcp-remote")!;
    expect(isCachedKnownIssuesPath(`/known-issues/~/${segment}`)).toBe(true);
    expect(listFilters(decodeQuerySegment(segment)!)).toEqual({
      category: "token-expiration-issues",
      severity: "high",
      component: "mcp-remote",
    });
  });

  it("leaves the unfiltered list, with or without parameters it does not read, at its own cached path", () => {
    for (const url of ["/known-issues", "/known-issues?utm=x&_rsc=abc", "/known-issues?severity=&page=1"])
      expect(queryOf(url)).toBeNull();
  });

  it("is one page per filter combination: order, empty form fields and made-up parameters change nothing", () => {
    const plain = queryOf("/known-issues?category=token-expiration-issues&status=open");
    expect(queryOf("/known-issues?status=open&category=token-expiration-issues")).toBe(plain);
    expect(queryOf("/known-issues?category=token-expiration-issues&status=open&severity=&component=&utm=x")).toBe(
      plain,
    );
    expect(queryOf("/known-issues?status=open&category=token-expiration-issues&_rsc=abc&sort=new")).toBe(plain);
    expect(queryOf("/known-issues?category=Not%20A%20Slug&severity=apocalyptic")).toBe(queryOf("/known-issues"));
    expect(queryOf("/known-issues?category=permission-denied-errors")).not.toBe(plain);
  });

  it("keeps the page, but the first page is the list itself and a page that is not a number is dropped", () => {
    expect(queryOf("/known-issues?page=1")).toBe(queryOf("/known-issues"));
    expect(queryOf("/known-issues?page=abc")).toBe(queryOf("/known-issues"));
    expect(queryOf("/known-issues?page=-3")).toBe(queryOf("/known-issues"));
    expect(queryOf("/known-issues?page=2")).not.toBe(queryOf("/known-issues"));
    expect(knownIssuesHref({ severity: "high", page: 3, category: "monitoring-overhead" })).toBe(
      "/known-issues?category=monitoring-overhead&severity=high&page=3",
    );
    expect(knownIssuesHref({ page: 1 })).toBe("/known-issues");
  });

  it("reads a repeated filter the same way from a URL and from a page's searchParams: the last one counts", () => {
    const url = new URLSearchParams("severity=low&severity=high&category=monitoring-overhead");
    expect(listFilters(url)).toEqual({ severity: "high", category: "monitoring-overhead" });
    expect(listFilters({ severity: ["low", "high"], category: "monitoring-overhead", utm: undefined })).toEqual(
      listFilters(url),
    );
  });

  it("leaves every other path alone", () => {
    expect(queryOf("/known-issues/aws-mcp-purged-dcr-client-redirect-uri-400")).toBeNull();
    expect(queryOf("/known-issues/?category=x")).toBeNull();
    expect(isCachedKnownIssuesPath("/known-issues/aws-mcp-purged-dcr-client-redirect-uri-400")).toBe(false);
    expect(isCachedKnownIssuesPath("/known-issues/~/q../../api")).toBe(false);
  });

  it("is reached by a rewrite that needs the proxy's header and captures exactly its query segment", () => {
    const segment = queryOf("/known-issues?revision=2026-07-28")!;
    const [rule] = cachedKnownIssuesRewrites();
    const [condition] = rule!.has;
    expect(condition!.key).toBe(KNOWN_ISSUES_QUERY_HEADER);
    const pattern = new RegExp(`^${condition!.value}$`);
    expect(pattern.exec(segment)?.groups?.query).toBe(segment);
    expect(rule!.destination.replace(":query", segment)).toBe(`/known-issues/~/${segment}`);
  });
});
