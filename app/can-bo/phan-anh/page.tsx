import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/dates";
import { listFeedbackForStaff } from "@/lib/feedback/queries";
import { answerFeedbackAction, assignFeedbackAction } from "@/lib/feedback/actions";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { AnswerFeedbackForm, AssignFeedbackForm } from "@/components/feedback/feedback-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Xử lý phản ánh, kiến nghị" : "Handle feedback" };
}

const KIND = {
  DOSSIER: { vi: "Hồ sơ", en: "Dossier" },
  PORTAL: { vi: "Cổng, thủ tục", en: "Portal" },
  ACCESSIBILITY: { vi: "Rào cản tiếp cận", en: "Accessibility" },
} as const;
const STATUS = {
  NEW: { vi: "Mới", en: "New" },
  IN_PROGRESS: { vi: "Đang xử lý", en: "In progress" },
  ANSWERED: { vi: "Đã trả lời", en: "Answered" },
} as const;

export default async function Page() {
  const actor = await requireActor("feedback.handle");
  const { rows, staff } = await listFeedbackForStaff(actor);
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <>
      <PageHeader
        title={t("Phản ánh, kiến nghị", "Feedback and complaints")}
        subtitle={t(
          "Phản ánh về hồ sơ của cơ quan bạn và về cổng nói chung, sắp theo hạn trả lời (ngày làm việc). Quá hạn được đánh dấu đỏ.",
          "Feedback on your agency's dossiers and on the portal, by answer deadline (working days). Overdue ones in red.",
        )}
      />
      {rows.length === 0 ? (
        <EmptyState
          title={t("Chưa có phản ánh nào.", "No feedback yet.")}
          hint={t(
            "Người dân gửi phản ánh tại trang Phản ánh, kiến nghị.",
            "People send feedback from the Feedback page.",
          )}
        />
      ) : (
        <ul className="space-y-4">
          {rows.map((f) => (
            <li key={f.id} className={`rounded-md border p-4 ${f.overdue ? "border-red-400" : "border-slate-200"}`}>
              <p className="font-semibold">
                {f.code} · {t(KIND[f.kind].vi, KIND[f.kind].en)} · {t(STATUS[f.status].vi, STATUS[f.status].en)}
                {f.overdue && <strong className="ml-2 text-red-700">{t("Quá hạn", "Overdue")}</strong>}
              </p>
              <p className="text-sm text-slate-700">
                {f.senderName}
                {f.contact ? ` · ${f.contact}` : ""} · {t("nhận", "received")} {formatDate(f.receivedAt)} ·{" "}
                {t("hạn", "due")} {formatDate(f.dueAt)}
                {f.publishConsent ? ` · ${t("đồng ý công khai", "agreed to publication")}` : ""}
              </p>
              <p className="mt-2 whitespace-pre-line">{f.content}</p>
              {f.status === "ANSWERED" ? (
                <p className="mt-2 text-sm">
                  <strong>{t("Đã trả lời", "Answered")}</strong> ({formatDate(f.answeredAt)}): {f.answer}
                </p>
              ) : (
                <>
                  {staff.length > 0 && (
                    <div className="mt-2">
                      <AssignFeedbackForm id={f.id} staff={staff} action={assignFeedbackAction} locale={locale} />
                    </div>
                  )}
                  <AnswerFeedbackForm id={f.id} action={answerFeedbackAction} locale={locale} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
