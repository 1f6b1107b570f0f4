import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/dates";
import { listFeedbackForStaff } from "@/lib/feedback/queries";
import { answerFeedbackAction, assignFeedbackAction } from "@/lib/feedback/actions";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { AnswerFeedbackForm, AssignFeedbackForm } from "@/components/feedback/feedback-forms";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.canBo.phanAnh.page")("handleFeedback") };
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

async function Page() {
  const actor = await requireActor("feedback.handle");
  const { rows, staff } = await listFeedbackForStaff(actor);
  const locale = await getLocale();
  const t = translator(locale, "app.canBo.phanAnh.page");
  return (
    <>
      <PageHeader title={t("feedbackAndComplaints")} subtitle={t("feedbackOnYourAgencyS")} />
      {rows.length === 0 ? (
        <EmptyState title={t("noFeedbackYet")} hint={t("peopleSendFeedbackFromThe")} />
      ) : (
        <ul className="space-y-4">
          {rows.map((f) => (
            <li key={f.id} className={`rounded-md border p-4 ${f.overdue ? "border-red-400" : "border-slate-200"}`}>
              <p className="font-semibold">
                {f.code} · {KIND[f.kind][locale]} · {STATUS[f.status][locale]}
                {f.overdue && <strong className="ml-2 text-red-700">{t("overdue")}</strong>}
              </p>
              <p className="text-sm text-slate-700">
                {f.senderName}
                {f.contact ? ` · ${f.contact}` : ""} · {t("received")} {formatDate(f.receivedAt)} · {t("due")}{" "}
                {formatDate(f.dueAt)}
                {f.publishConsent ? ` · ${t("agreedToPublication")}` : ""}
              </p>
              <p className="mt-2 whitespace-pre-line">{f.content}</p>
              {f.status === "ANSWERED" ? (
                <p className="mt-2 text-sm">
                  <strong>{t("answered")}</strong> ({formatDate(f.answeredAt)}): {f.answer}
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

export default withMessages(Page, ["components.feedback.feedbackForms"]);
