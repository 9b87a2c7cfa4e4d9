// Kept apart from schemas.ts so that client code can use it without pulling zod into the browser bundle.

/** Node ids that would collide with the runbook's own routes or with the step URL's own query keys. */
export const RESERVED_NODE_IDS = ["flowchart", "transcript", "v", "node", "outcome", "retry"] as const;
