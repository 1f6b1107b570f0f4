import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** 200 when the database answers, 503 otherwise. */
export async function GET() {
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "up" });
  } catch {
    return Response.json({ status: "error", database: "down" }, { status: 503 });
  }
}
