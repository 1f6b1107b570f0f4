// `npm run backup:verify [-- --database-url postgresql://…] [--keep] [--dump /backups/kc.dump]`
// Proves a backup restores: pg_dump of the database, pg_restore into a scratch database on the same server,
// row counts compared table by table; exit 1 on any difference. PostgreSQL only (PGlite: copy its folder).
import { env, isPostgresUrl } from "@/lib/env";
import { verifyBackup } from "./backup/verify";

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (k: string) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : undefined);
  const url = opt("--database-url") ?? env().DATABASE_URL;
  if (!isPostgresUrl(url))
    throw new Error(
      "backup:verify cần PostgreSQL (DATABASE_URL=postgresql://…); PGlite được sao lưu bằng cách chép thư mục dữ liệu khi đã dừng ứng dụng.",
    );
  const r = await verifyBackup(url, { keep: argv.includes("--keep"), dumpPath: opt("--dump") });
  console.log(
    `Bản sao lưu ${(r.dumpBytes / 1e6).toFixed(1)} MB; đã khôi phục vào ${r.scratch}${argv.includes("--keep") ? "" : " (đã xóa sau khi so)"}; ${r.tables} bảng, ${r.rows} dòng.`,
  );
  if (r.mismatches.length) {
    for (const m of r.mismatches) console.error(`KHÁC: ${m.table} nguồn ${m.source} ≠ khôi phục ${m.restored}`);
    process.exit(1);
  }
  console.log("Khớp số dòng ở mọi bảng.");
}

main().catch((e: unknown) => {
  console.error("backup:verify thất bại:", e instanceof Error ? e.message : e);
  process.exit(1);
});
