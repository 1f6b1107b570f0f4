import type { Tx } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createCalendar, type Calendar } from "@/lib/calendar/working-days";

/** The working-day calendar with the public holidays configured in the Holiday table. */
export async function loadCalendar(db: PrismaClient | Tx): Promise<Calendar> {
  const rows = await db.holiday.findMany({ select: { date: true, name: true } });
  return createCalendar(rows);
}
