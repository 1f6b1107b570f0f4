import { execFile } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

export type BackupReport = {
  dumpBytes: number;
  tables: number;
  rows: number;
  mismatches: Array<{ table: string; source: number; restored: number }>;
  scratch: string;
};

function withDb(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function counts(c: pg.Client): Promise<Map<string, number>> {
  const { rows } = await c.query<{ t: string }>(
    `SELECT quote_ident(schemaname) || '.' || quote_ident(relname) AS t FROM pg_stat_user_tables ORDER BY 1`,
  );
  const out = new Map<string, number>();
  for (const { t } of rows)
    out.set(t, Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${t}`)).rows[0]!.n));
  return out;
}

/**
 * pg_dump (custom format) of the database at `url`, restored with pg_restore into a new scratch database on the
 * same server, then exact row counts compared table by table. The source counts and the dump read the same
 * exported snapshot, so writes during the check cannot cause a false mismatch.
 */
export async function verifyBackup(
  url: string,
  opts: { keep?: boolean; dumpPath?: string } = {},
): Promise<BackupReport> {
  const dir = await mkdtemp(path.join(tmpdir(), "kc-backup-"));
  const dump = opts.dumpPath ?? path.join(dir, "kc.dump");
  const scratch = `kc_restore_${Date.now().toString(36)}`;
  const src = new pg.Client({ connectionString: url });
  await src.connect();
  const admin = new pg.Client({ connectionString: withDb(url, "postgres") });
  await admin.connect();
  try {
    await src.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const snap = (await src.query<{ s: string }>("SELECT pg_export_snapshot() AS s")).rows[0]!.s;
    await run("pg_dump", ["--format=custom", "--no-owner", `--snapshot=${snap}`, `--file=${dump}`, `--dbname=${url}`], {
      maxBuffer: 1 << 26,
    });
    const before = await counts(src);
    await src.query("COMMIT");
    await admin.query(`CREATE DATABASE ${scratch}`);
    await run("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${withDb(url, scratch)}`, dump], {
      maxBuffer: 1 << 26,
    });
    const restored = new pg.Client({ connectionString: withDb(url, scratch) });
    await restored.connect();
    const after = await counts(restored).finally(() => restored.end());
    const mismatches = [...new Set([...before.keys(), ...after.keys()])]
      .map((table) => ({ table, source: before.get(table) ?? -1, restored: after.get(table) ?? -1 }))
      .filter((m) => m.source !== m.restored);
    return {
      dumpBytes: (await stat(dump)).size,
      tables: before.size,
      rows: [...before.values()].reduce((a, b) => a + b, 0),
      mismatches,
      scratch,
    };
  } finally {
    await src.end();
    if (!opts.keep) await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`).catch(() => {});
    await admin.end();
    if (!opts.dumpPath) await rm(dir, { recursive: true, force: true });
  }
}
