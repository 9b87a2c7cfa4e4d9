"use server";

import { knownIssueComponentNames } from "@/lib/known-issues/component-names";

/**
 * The component filter's suggestions, asked for when the field is first used. Reads published content only and
 * takes no input, so it needs no session or schema.
 */
export async function componentNamesAction(): Promise<string[]> {
  return knownIssueComponentNames();
}
