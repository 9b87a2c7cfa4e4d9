// Limits the browser needs too, kept apart from the zod schemas so the search box does not ship zod.

export const MAX_QUERY_LENGTH = 2000;
