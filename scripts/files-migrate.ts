// `npm run files:migrate [-- --batch 50] [--limit N] [--rescan] [--scan-legacy]`
// Moves attachment bytes out of PostgreSQL into the configured store (STORAGE_DRIVER / S3_*), then clears
// the bytea. Safe to re-run and to interrupt: each row is finished by one conditional UPDATE, and objects are
// keyed by content hash. --rescan scans files left PENDING; --scan-legacy also the NOT_SCANNED (old) ones.
import { getDb } from "@/lib/db";
import { getStore } from "@/lib/storage";
import { migrateDatabaseFiles, rescanFiles } from "@/lib/storage/migrate";

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (k: string) => (argv.includes(k) ? Number(argv[argv.indexOf(k) + 1]) : undefined);
  const db = await getDb();
  const store = getStore();
  await store.ping();
  const r = await migrateDatabaseFiles(db, store, { batch: opt("--batch"), limit: opt("--limit") });
  console.log(`Đã chuyển ${r.moved} tệp sang kho ${store.name} (${r.alreadyStored} đã có sẵn trong kho).`);
  if (argv.includes("--rescan") || argv.includes("--scan-legacy")) {
    const s = await rescanFiles(db, store, { legacy: argv.includes("--scan-legacy") });
    console.log(`Đã quét lại ${s.rescanned} tệp; ${s.infected} tệp nhiễm mã độc đã được cách ly.`);
  }
  await db.$disconnect();
}

main().catch((e: unknown) => {
  console.error("files:migrate thất bại:", e instanceof Error ? e.message : e);
  process.exit(1);
});
