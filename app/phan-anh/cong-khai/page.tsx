import type { Metadata } from "next";
import { getLocale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/dates";
import { listPublicAnswers } from "@/lib/feedback/queries";
import { EmptyState, PageHeader } from "@/components/ui/card";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Trả lời phản ánh, kiến nghị" : "Answers to feedback" };
}

export default async function Page() {
  const rows = await listPublicAnswers();
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title={t("Trả lời phản ánh, kiến nghị", "Answers to feedback")}
        subtitle={t(
          "Chỉ những phản ánh người gửi đồng ý công khai; chỉ hiện chữ cái đầu của họ tên.",
          "Only feedback whose senders agreed to publication; initials only.",
        )}
      />
      {rows.length === 0 ? (
        <EmptyState title={t("Chưa có câu trả lời nào được công khai.", "No published answer yet.")} />
      ) : (
        <ul className="space-y-4">
          {rows.map((r) => (
            <li key={r.code} className="rounded-md border border-slate-200 p-4" data-testid="public-answer">
              <p className="text-sm text-slate-600">
                {r.code} · {r.sender} · {formatDate(r.receivedAt)}
              </p>
              <p className="mt-1 whitespace-pre-line">{r.content}</p>
              <p className="mt-2 whitespace-pre-line">
                <strong>{t("Trả lời", "Answer")}</strong> ({formatDate(r.answeredAt)}): {r.answer}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
