import type { PrismaClient } from "@/lib/generated/prisma/client";
import { VN_HOLIDAYS_2025_2026 } from "@/lib/calendar/vn-holidays";

/** Public holidays 2025–2026 (idempotent: one row per date). */
export async function seedHolidays(db: PrismaClient): Promise<void> {
  for (const h of VN_HOLIDAYS_2025_2026) {
    const date = new Date(`${h.date}T00:00:00Z`);
    await db.holiday.upsert({ where: { date }, create: { date, name: h.name }, update: { name: h.name } });
  }
}
