import type { Role } from "@/lib/db/generated/enums";

/** Roles in order of trust: each may do what the ones before it may. */
export const ROLES = ["READER", "CONTRIBUTOR", "MODERATOR", "ADMIN"] as const satisfies readonly Role[];

export type { Role };

/** The signed-in person as every server check sees them; signed out is `null` (a READER). */
export interface SessionUser {
  id: string;
  name: string;
  role: Role;
}

export function hasRole(user: SessionUser | null, least: Role): user is SessionUser {
  return ROLES.indexOf(user?.role ?? "READER") >= ROLES.indexOf(least);
}
