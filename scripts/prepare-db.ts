import { rmSync } from "node:fs";
import { env, isPostgresUrl, pgliteDataDir } from "@/lib/env";
import { applyMigrations } from "@/lib/db/engine";
import { getDb } from "@/lib/db";
import { seedAll } from "@/prisma/seed/index";

// Migrates the database of DATABASE_URL and seeds the demo data when it is empty (or with --reset).
// Runs in its own process before the server starts: PGlite allows one owner of its folder at a time.
async function main(): Promise<void> {
  const url = env().DATABASE_URL;
  const reset = process.argv.includes("--reset");
  if (reset && !isPostgresUrl(url)) {
    const dir = pgliteDataDir(url);
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  const applied = await applyMigrations(url);
  console.log(
    applied.length
      ? `Đã áp dụng ${applied.length} migration: ${applied.join(", ")}`
      : "Cơ sở dữ liệu đã ở phiên bản mới nhất.",
  );
  const db = await getDb();
  const users = await db.user.count();
  if (users === 0 || reset) {
    console.log("Đang nạp dữ liệu mẫu…");
    await seedAll();
    console.log("Đã nạp dữ liệu mẫu.");
  } else {
    console.log(`Giữ nguyên dữ liệu hiện có (${users} tài khoản). Dùng --reset để nạp lại từ đầu.`);
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error("Chuẩn bị cơ sở dữ liệu thất bại:", e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
