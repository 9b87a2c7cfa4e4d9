import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/create-client";
import type { MutationContext } from "@/lib/mutations/define-mutation";

/** The people of the contribution tests: an author, a moderator, and another contributor. */
export async function createTestPeople(db: Database) {
  const make = async (name: string, role: SessionUser["role"]): Promise<SessionUser> => {
    const row = await db.user.create({ data: { name, email: `${name}@test.invalid`, role } });
    return { id: row.id, name, role };
  };
  return {
    author: await make("author", "CONTRIBUTOR"),
    moderator: await make("moderator", "MODERATOR"),
    reader: await make("reader", "CONTRIBUTOR"),
  };
}

/** A mutation's context for a signed-in person, from a documentation address. */
export const as = (user: SessionUser): MutationContext => ({ user, ip: "203.0.113.9", sessionToken: null });
