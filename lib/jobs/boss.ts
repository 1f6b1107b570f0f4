import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import { env, isPostgresUrl } from "@/lib/env";
import { getPglite, pgPoolConfig } from "@/lib/db";

// pg-boss on the portal's own database: a pg pool of its own on PostgreSQL; on embedded PGlite, the one
// in-process PGlite instance behind the Prisma client (PGlite serialises queries and transactions, so
// pg-boss's statements and Prisma's interleave safely on its single connection).

export type SqlExecutor = { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };
export type BossTarget = { connectionString: string } | { executor: SqlExecutor };

/** pg-boss's custom `db`: parameterised statements through query(), its multi-statement scripts through exec(). */
export function pgliteExecutor(pglite: PGlite): SqlExecutor {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return { rows: (await pglite.query(text, values)).rows };
      const results = await pglite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

/** Where the portal's pg-boss lives, from DATABASE_URL. */
export async function bossTargetFromEnv(): Promise<BossTarget> {
  const url = env().DATABASE_URL;
  if (isPostgresUrl(url)) return { connectionString: url };
  const pglite = await getPglite();
  if (!pglite) throw new Error("Không có PGlite dùng chung cho hàng đợi.");
  return { executor: pgliteExecutor(pglite) };
}

export function createBoss(target: BossTarget, options: { schedule: boolean }): PgBoss {
  const common = { schema: "pgboss", schedule: options.schedule, supervise: true };
  if ("connectionString" in target) {
    const pool = pgPoolConfig(target.connectionString, 4);
    return new PgBoss({
      ...common,
      connectionString: pool.connectionString,
      max: pool.max,
      application_name: "khuyen-cong-jobs",
    });
  }
  return new PgBoss({ ...common, db: target.executor as PgBoss.Db });
}
