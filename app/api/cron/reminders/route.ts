import { env } from "@/lib/env";
import { logError } from "@/lib/log";
import { checkCronAuth } from "@/lib/implementation/cron-auth";
import { sendDueReminders } from "@/lib/implementation/reminders";

export const dynamic = "force-dynamic";

/** Deadline reminders, for an external scheduler: `POST` with `Authorization: Bearer <CRON_SECRET>`. */
export async function POST(req: Request) {
  const auth = checkCronAuth(req.headers.get("authorization"), env().CRON_SECRET);
  if (auth === "disabled") return Response.json({ error: "Chưa cấu hình CRON_SECRET: tác vụ định kỳ đang tắt." }, { status: 503 });
  if (auth === "unauthorized") return Response.json({ error: "Không được phép." }, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
  try {
    return Response.json({ ok: true, ...(await sendDueReminders()) });
  } catch (e) {
    logError("cron-reminders", e);
    return Response.json({ error: "Gửi nhắc hạn thất bại." }, { status: 500 });
  }
}
