import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { routes } from "@/lib/routes";
import { getLocale } from "@/lib/i18n/locale";
import { DUE_SHOWN, getImplementationBoard } from "@/lib/implementation/board-queries";
import { Card, PageHeader } from "@/components/ui/card";
import { DueList } from "@/components/implementation/due-list";
import { BoardTable, ResultsSummary, TotalsTable } from "@/components/implementation/board-tables";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.canBo.thucHien.page")("implementationAndSettlement") };
}

export default async function ImplementationBoardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const sp = await searchParams;
  const after = typeof sp.sau === "string" ? sp.sau : null;
  const { board, next, due, totals, results } = await getImplementationBoard(actor, { after });
  const locale = await getLocale();
  const t = translator(locale, "app.canBo.thucHien.page");
  const urgent = due.filter((d) => d.status !== "UPCOMING");
  const later = due.filter((d) => d.status === "UPCOMING");
  return (
    <>
      <PageHeader title={t("implementationAndSettlement")} subtitle={t("contractsAdvancesProgressReportsAcceptance")} />
      <p className="mb-4">
        <Link className="text-brand-700 underline" href={routes.staff.reportCompleteness}>
          {t("progressReportsReceivedAndOn")}
        </Link>
      </p>
      <section aria-labelledby="due" className="mb-6">
        <h2 id="due" className="mb-2 text-lg font-semibold">
          {t("dueAndOverdue")}
        </h2>
        <DueList items={urgent.slice(0, DUE_SHOWN)} hrefBase="/can-bo/thuc-hien" locale={locale} />
        {urgent.length > DUE_SHOWN && (
          <p className="mt-1 text-sm text-amber-800">
            {t("showingTheMostUrgentOf", { DUE_SHOWN, length: urgent.length })}
          </p>
        )}
        {later.length > 0 && (
          <details className="mt-2">
            <summary className="cursor-pointer text-sm text-brand-700">
              {t("upcomingDeadlines")} ({later.length})
            </summary>
            <DueList items={later.slice(0, DUE_SHOWN)} hrefBase="/can-bo/thuc-hien" locale={locale} />
          </details>
        )}
      </section>
      <section aria-labelledby="list" className="mb-6">
        <h2 id="list" className="mb-2 text-lg font-semibold">
          {t("projectsFromApprovalToSettlement")}
        </h2>
        <BoardTable rows={board} hrefBase="/can-bo/thuc-hien" locale={locale} />
        <p className="mt-2 flex gap-4 text-sm">
          {after && (
            <Link className="text-brand-700 underline" href={routes.staff.implementationList}>
              {t("firstPage")}
            </Link>
          )}
          {next && (
            <Link className="text-brand-700 underline" href={`${routes.staff.implementationList}?sau=${next}`}>
              {t("showMore")}
            </Link>
          )}
        </p>
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("fundsByPlanFundYear")}>
          <TotalsTable rows={totals} locale={locale} />
        </Card>
        <Card title={t("resultsFromAcceptance")}>
          <ResultsSummary rows={results} locale={locale} />
        </Card>
      </div>
    </>
  );
}
