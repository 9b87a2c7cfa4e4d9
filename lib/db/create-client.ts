import { openAdapter, type DatabaseTarget } from "./engine";
import { PrismaClient } from "./generated/client";

export type Database = PrismaClient;

export interface DatabaseHandle {
  db: Database;
  close: () => Promise<void>;
}

/** A Prisma client on the given engine. Scripts and tests use this; the app uses the singleton in lib/db. */
export async function createDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  const opened = await openAdapter(target);
  const db = new PrismaClient({ adapter: opened.factory });
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await opened.close();
    },
  };
}
