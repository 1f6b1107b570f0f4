import { isDatabaseUp } from "@/lib/health/queries";

export const dynamic = "force-dynamic";

/** 200 when the database answers, 503 otherwise. */
export async function GET() {
  return (await isDatabaseUp())
    ? Response.json({ status: "ok", database: "up" })
    : Response.json({ status: "error", database: "down" }, { status: 503 });
}
