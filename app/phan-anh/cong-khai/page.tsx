import type { Metadata } from "next";
import { getLocale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/dates";
import { listPublicAnswers } from "@/lib/feedback/queries";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { translator } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.phanAnh.congKhai.page")("answersToFeedback") };
}

export default async function Page() {
  const rows = await listPublicAnswers();
  const locale = await getLocale();
  const t = translator(locale, "app.phanAnh.congKhai.page");
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("answersToFeedback")} subtitle={t("onlyFeedbackWhoseSendersAgreed")} />
      {rows.length === 0 ? (
        <EmptyState title={t("noPublishedAnswerYet")} />
      ) : (
        <ul className="space-y-4">
          {rows.map((r) => (
            <li key={r.code} className="rounded-md border border-slate-200 p-4" data-testid="public-answer">
              <p className="text-sm text-slate-600">
                {r.code} · {r.sender} · {formatDate(r.receivedAt)}
              </p>
              <p className="mt-1 whitespace-pre-line">{r.content}</p>
              <p className="mt-2 whitespace-pre-line">
                <strong>{t("answer")}</strong> ({formatDate(r.answeredAt)}): {r.answer}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
