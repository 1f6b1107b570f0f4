import { getDb } from "@/lib/db";
import { seedFoundation } from "./foundation";
import { seedAppraisal } from "./appraisal";
import { seedEnterprise } from "./enterprise";
import { seedImplementation } from "./implementation";
import { seedIdentity } from "./identity";

// Runs every seed module in order. Each module is idempotent (upserts by unique code).
export async function seedAll(): Promise<void> {
  const db = await getDb();
  await seedFoundation(db);
  // Domain seed modules (one line each):
  await seedAppraisal(db);
  await seedEnterprise(db);
  await seedImplementation(db);
  await seedIdentity(db);
}

const isMain = process.argv[1]?.replace(/\\/g, "/").endsWith("prisma/seed/index.ts");
if (isMain) {
  seedAll()
    .then(() => {
      console.log("Đã nạp dữ liệu mẫu (seed) thành công.");
      process.exit(0);
    })
    .catch((e: unknown) => {
      console.error("Nạp dữ liệu mẫu thất bại:", e);
      process.exit(1);
    });
}
