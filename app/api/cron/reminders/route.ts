import { env } from "@/lib/env";
import { logError } from "@/lib/log";
import { checkCronAuth } from "@/lib/implementation/cron-auth";
import { sendDueReminders } from "@/lib/implementation/reminders";
import { sendCallClosingReminders } from "@/lib/notifications/calls";

export const dynamic = "force-dynamic";

/**
 * Deadline reminders and call-closing alerts, for hosts that prefer an external scheduler to the queue's
 * own (lib/jobs: the same work daily at 07:00/07:30 Asia/Ho_Chi_Minh); both are safe to run twice a day.
 * `POST` with `Authorization: Bearer <CRON_SECRET>`.
 */
export async function POST(req: Request) {
  const auth = checkCronAuth(req.headers.get("authorization"), env().CRON_SECRET);
  if (auth === "disabled")
    return Response.json({ error: "Chưa cấu hình CRON_SECRET: tác vụ định kỳ đang tắt." }, { status: 503 });
  if (auth === "unauthorized")
    return Response.json({ error: "Không được phép." }, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
  try {
    const reminders = await sendDueReminders();
    return Response.json({ ok: true, ...reminders, callClosing: await sendCallClosingReminders() });
  } catch (e) {
    logError("cron-reminders", e);
    return Response.json({ error: "Gửi nhắc hạn thất bại." }, { status: 500 });
  }
}
