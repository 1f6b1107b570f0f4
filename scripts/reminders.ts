// `npm run reminders` — sends today's deadline reminders (due soon / overdue) once; safe to re-run the same
// day (nothing is sent twice). Schedule it daily from cron, or call POST /api/cron/reminders instead.
import { sendDueReminders } from "@/lib/implementation/reminders";

sendDueReminders()
  .then((r) => {
    console.log(`Đã gửi ${r.reminders} lời nhắc cho ${r.proposals} đề án (${r.notifications} thông báo, ${r.emails} thư).`);
    process.exit(0);
  })
  .catch((e: unknown) => {
    console.error("Gửi nhắc hạn thất bại:", e);
    process.exit(1);
  });
