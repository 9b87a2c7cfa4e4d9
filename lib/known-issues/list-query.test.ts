import { describe, expect, it } from "vitest";

import { decodeQuerySegment } from "@/lib/page-cache/query-segment";
import { config as proxyConfig } from "@/proxy";

import { isCachedKnownIssuesPath } from "./cached-list-path";
import { cachedKnownIssuesPath, knownIssuesHref, listFilters } from "./list-query";
import { LIST_FILTER_KEYS, unfilteredListRewrite } from "./unfiltered-list";

/** The internal path a list URL is served from. */
const internalOf = (url: string) => {
  const parsed = new URL(url, "http://portal.invalid");
  return cachedKnownIssuesPath(parsed.pathname, parsed.searchParams);
};

describe("the known-issue list's cached form", () => {
  it("carries the valid filters and reads back as the filters the page was asked for", () => {
    const internal = internalOf("/known-issues?severity=high&category=token-expiration-issues&component=mcp-remote")!;
    expect(isCachedKnownIssuesPath(internal)).toBe(true);
    expect(listFilters(decodeQuerySegment(internal.split("/").at(-1)!)!)).toEqual({
      category: "token-expiration-issues",
      severity: "high",
      component: "mcp-remote",
    });
  });

  it("serves the unfiltered list from its internal path too, whatever parameters it does not read", () => {
    for (const url of ["/known-issues?utm=x&_rsc=abc", "/known-issues?severity=&page=1"])
      expect(internalOf(url)).toBe("/known-issues/~/q");
  });

  it("is one page per filter combination: order, empty form fields and made-up parameters change nothing", () => {
    const plain = internalOf("/known-issues?category=token-expiration-issues&status=open");
    expect(internalOf("/known-issues?status=open&category=token-expiration-issues")).toBe(plain);
    expect(internalOf("/known-issues?category=token-expiration-issues&status=open&severity=&component=&utm=x")).toBe(
      plain,
    );
    expect(internalOf("/known-issues?status=open&category=token-expiration-issues&_rsc=abc&sort=new")).toBe(plain);
    expect(internalOf("/known-issues?category=Not%20A%20Slug&severity=apocalyptic")).toBe(internalOf("/known-issues"));
    expect(internalOf("/known-issues?category=permission-denied-errors")).not.toBe(plain);
  });

  it("keeps the page, but the first page is the list itself and a page that is not a number is dropped", () => {
    expect(internalOf("/known-issues?page=1")).toBe(internalOf("/known-issues"));
    expect(internalOf("/known-issues?page=abc")).toBe(internalOf("/known-issues"));
    expect(internalOf("/known-issues?page=-3")).toBe(internalOf("/known-issues"));
    expect(internalOf("/known-issues?page=2")).not.toBe(internalOf("/known-issues"));
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

  it("reaches the proxy with any filter; without one, next.config.ts's rewrite serves the same unfiltered page", () => {
    expect(unfilteredListRewrite.destination).toBe(internalOf("/known-issues"));
    const proxied = proxyConfig.matcher.flatMap((entry) =>
      typeof entry === "object" && entry.source === "/known-issues"
        ? (entry.has ?? []).filter(({ type }) => type === "query").map(({ key }) => key)
        : [],
    );
    expect(proxied.toSorted()).toEqual(LIST_FILTER_KEYS.toSorted());
    expect(unfilteredListRewrite.missing.map(({ key }) => key)).toEqual(LIST_FILTER_KEYS);
  });

  it("leaves every other path alone", () => {
    expect(internalOf("/known-issues/aws-mcp-purged-dcr-client-redirect-uri-400")).toBeNull();
    expect(internalOf("/known-issues/?category=x")).toBeNull();
    expect(isCachedKnownIssuesPath("/known-issues/aws-mcp-purged-dcr-client-redirect-uri-400")).toBe(false);
    expect(isCachedKnownIssuesPath("/known-issues/~/q../../api")).toBe(false);
  });
});
