import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { ratingAggregates, ratingComments } from "@/lib/ratings/ratings";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.lanhDao.danhGia.page")("satisfaction") };
}

export default async function Page() {
  const actor = await requireActor("dashboard.view");
  const rows = await ratingAggregates(actor);
  const comments = actor.role === "LEADER" || actor.role === "ADMIN" ? await ratingComments(actor) : null;
  const locale = await getLocale();
  const t = translator(locale, "app.lanhDao.danhGia.page");
  const n = (v: number) => v.toLocaleString("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <>
      <PageHeader title={t("applicantsSatisfaction")} subtitle={t("averageScores15By")} />
      <Card title={t("averages")} className="mb-6">
        {rows.length === 0 ? (
          <EmptyState title={t("noRatingYet")} hint={t("applicantsRateOnceADossier")} />
        ) : (
          <Table
            head={[
              t("month"),
              t("agency"),
              t("activity"),
              t("ratings"),
              t("overall"),
              t("timeliness"),
              t("staff"),
              t("ease"),
            ]}
          >
            {rows.map((r) => (
              <tr key={`${r.month}:${r.agency}:${r.activity}`} data-testid="rating-row">
                <Td>{r.month}</Td>
                <Td>{r.agency}</Td>
                <Td>{r.activity}</Td>
                <Td>{r.count}</Td>
                <Td>{n(r.overall)}</Td>
                <Td>{n(r.timeliness)}</Td>
                <Td>{n(r.staff)}</Td>
                <Td>{n(r.ease)}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      {comments && (
        <Card title={t("commentsWithoutTheRater")}>
          {comments.length === 0 ? (
            <p className="text-slate-600">{t("noCommentsYet")}</p>
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
