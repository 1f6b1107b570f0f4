import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { ratingAggregates, ratingComments } from "@/lib/ratings/ratings";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Mức độ hài lòng" : "Satisfaction" };
}

export default async function Page() {
  const actor = await requireActor("dashboard.view");
  const rows = await ratingAggregates(actor);
  const comments = actor.role === "LEADER" || actor.role === "ADMIN" ? await ratingComments(actor) : null;
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const n = (v: number) => v.toLocaleString("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <>
      <PageHeader
        title={t("Mức độ hài lòng của người nộp hồ sơ", "Applicants' satisfaction")}
        subtitle={t(
          "Điểm trung bình (1–5) theo cơ quan, nội dung hỗ trợ và tháng đánh giá. Không hiện người đánh giá.",
          "Average scores (1–5) by agency, activity and month. Raters are never shown.",
        )}
      />
      <Card title={t("Điểm trung bình", "Averages")} className="mb-6">
        {rows.length === 0 ? (
          <EmptyState
            title={t("Chưa có đánh giá nào.", "No rating yet.")}
            hint={t(
              "Người nộp đánh giá được khi hồ sơ có quyết định; kết quả hiện ở đây.",
              "Applicants rate once a dossier is decided; results appear here.",
            )}
          />
        ) : (
          <Table
            head={[
              t("Tháng", "Month"),
              t("Cơ quan", "Agency"),
              t("Nội dung", "Activity"),
              t("Số lượt", "Ratings"),
              t("Hài lòng chung", "Overall"),
              t("Đúng hẹn", "Timeliness"),
              t("Cán bộ", "Staff"),
              t("Dễ nộp", "Ease"),
            ]}
          >
            {rows.map((r) => (
              <tr key={`${r.month}:${r.agency}:${r.activity}`} data-testid="rating-row">
                <Td>{r.month}</Td>
                <Td>{r.agency}</Td>
                <Td>{r.activity}</Td>
                <Td className="tabular-nums">{r.count}</Td>
                <Td className="tabular-nums">{n(r.overall)}</Td>
                <Td className="tabular-nums">{n(r.timeliness)}</Td>
                <Td className="tabular-nums">{n(r.staff)}</Td>
                <Td className="tabular-nums">{n(r.ease)}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      {comments && (
        <Card title={t("Góp ý (không kèm người đánh giá)", "Comments (without the rater)")}>
          {comments.length === 0 ? (
            <p className="text-slate-600">{t("Chưa có góp ý.", "No comments yet.")}</p>
          ) : (
            <ul className="space-y-2">
              {comments.map((c, i) => (
                <li key={i} className="rounded-md border border-slate-200 p-3 text-sm">
                  <span className="text-slate-600">
                    {c.month} · {c.agency}
                  </span>
                  <p className="mt-1 whitespace-pre-line">{c.comment}</p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
    </>
  );
}
