// Contribution bodies for POST /api/contributions. Shared by e2e/contributions-api.spec.ts and
// scripts/resilience (check 3), so no Playwright import here.

/** A valid diagnostic technique in the token-expiration category, under the given title. */
export const diagnosticTechnique = (title: string) => ({
  kind: "DIAGNOSTIC_TECHNIQUE",
  title,
  categorySlug: "token-expiration-issues",
  body: "Compare the token's `exp` claim with the server clock before anything else: skew fails tokens early.",
  steps: ["Decode the token in the token inspector", "Compare exp with date -u on the server"],
  reveals: "Whether the token expired or the clocks disagree.",
});
