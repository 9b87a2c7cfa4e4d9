// Limits the browser needs too, kept apart from the zod schemas so the search box does not ship zod.

/** Room for a pasted log of fifty lines or so: the line that matters is found among them. */
export const MAX_QUERY_LENGTH = 8000;
