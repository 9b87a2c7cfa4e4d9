import type { Database } from "@/lib/db/create-client";

/** The database, counting the raw queries made through it: what a cache saves is a query not made. */
export function countRawQueries(db: Database) {
  const counter = { queries: 0 };
  const proxy = new Proxy(db, {
    get(target, property, receiver) {
      if (property !== "$queryRaw") return Reflect.get(target, property, receiver);
      return (...args: Parameters<Database["$queryRaw"]>) => {
        counter.queries++;
        return target.$queryRaw(...args);
      };
    },
  });
  return { db: proxy, counter };
}
