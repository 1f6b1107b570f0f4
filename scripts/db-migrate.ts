// `npm run db:migrate`: applies the unapplied migrations in prisma/migrations to DATABASE_URL
// (default: the embedded PGlite folder), as `prisma migrate deploy` would.
import { applyMigrations } from "@/lib/db/engine";
import { env, isPostgresUrl } from "@/lib/env";

function describeTarget(url: string): string {
  if (!isPostgresUrl(url)) return url;
  const u = new URL(url);
  u.password = "";
  return u.toString();
}

async function main(): Promise<void> {
  const url = env().DATABASE_URL;
  console.log(`Migrating ${describeTarget(url)}`);
  const applied = await applyMigrations(url);
  if (applied.length === 0) console.log("No pending migrations: the database is up to date.");
  else console.log(`Applied ${applied.length} migration(s):\n${applied.map((n) => `  ${n}`).join("\n")}`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`Migration failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
