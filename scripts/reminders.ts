// `npm run reminders` — sends today's deadline reminders (due soon / overdue) and the alerts of calls for
// proposals closing soon, once; safe to re-run the same day (nothing is sent twice). The job queue's
// scheduler does the same daily (lib/jobs); this, or POST /api/cron/reminders, is for hosts that prefer cron.
import { sendDueReminders } from "@/lib/implementation/reminders";
import { sendCallClosingReminders } from "@/lib/notifications/calls";

async function main(): Promise<void> {
  const r = await sendDueReminders();
  const closing = await sendCallClosingReminders();
  console.log(
    `Đã gửi ${r.reminders} lời nhắc cho ${r.proposals} đề án (${r.notifications} thông báo, ${r.emails} thư); ${closing} nhắc hạn đợt nhận đề án.`,
  );
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error("Gửi nhắc hạn thất bại:", e);
    process.exit(1);
  },
);
