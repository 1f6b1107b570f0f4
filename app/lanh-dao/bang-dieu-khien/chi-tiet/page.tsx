import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale, type Locale } from "@/lib/i18n/locale";
import { STATUS_LABELS } from "@/lib/dashboard/statuses";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { filtersToQuery, parseFilters } from "@/lib/dashboard/filters";
import { listDrillProposals } from "@/lib/dashboard/drilldown-query";
import { listDrillResults } from "@/lib/dashboard/drilldown-results-query";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.lanhDao.bangDieuKhien.chiTiet.page")("figureDetails") };
}

const BASE = "/lanh-dao/bang-dieu-khien";
const ORIGIN = {
  ACCEPTANCE: "Từ nghiệm thu đề án",
  MANUAL: "Nhập thủ công (đã duyệt)",
  SEED: "Số liệu công bố",
} as Record<string, string>;
const ORIGIN_EN = {
  ACCEPTANCE: "From proposal acceptance",
  MANUAL: "Entered manually (approved)",
  SEED: "Published figures",
} as Record<string, string>;

/** The query returns the Vietnamese status label; find its English twin in the workflow table. */
function statusText(label: string, locale: Locale): string {
  if (locale === "vi") return label;
  const key = Object.entries(STATUS_LABELS).find(([, v]) => v === label)?.[0] as ProposalStatus | undefined;
  return key ? STATUS_INFO[key].label.en : label;
}

export default async function DrillPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("dashboard.view");
  const params = await searchParams;
  const filters = parseFilters(params);
  const locale = await getLocale();
  const t = translator(locale, "app.lanhDao.bangDieuKhien.chiTiet.page");
  const back = `${BASE}?${filtersToQuery(filters)}`;
  const indicator = typeof params.chitieu === "string" ? params.chitieu : null;
  const scopeText = `${t("period")} ${filters.startYear}–${filters.endYear}${filters.year ? `, ${t("year")} ${filters.year}` : ""}${filters.fund ? `, ${t("fund")} ${filters.fund}` : ""}${filters.category ? `, ${t("activity")} ${filters.category}` : ""}`;
  const after = typeof params.sau === "string" ? params.sau : undefined;
  // "Xem thêm": the same filters, the next page after the last row shown (keyset, lib/dashboard/drilldown-query.ts).
  const here = `${BASE}/chi-tiet?${filtersToQuery(filters)}${indicator ? `&chitieu=${encodeURIComponent(indicator)}` : ""}`;
  const pager = (shown: number, count: number, next: string | null) => (
    <nav
      aria-label={t("pagination")}
      className="mt-3 flex flex-wrap items-center gap-4 text-sm"
      data-testid="drill-pager"
    >
      <span>{t("showingOfRows", { shown, count })}</span>
      {after && (
        <Link className="text-brand-700 underline" href={here}>
          {t("firstPage")}
        </Link>
      )}
      {next && (
        <Link className="font-semibold text-brand-700 underline" href={`${here}&sau=${next}`} data-testid="drill-more">
          {t("loadMore")}
        </Link>
      )}
    </nav>
  );
  if (indicator) {
    const { indicator: ind, rows, count, next } = await listDrillResults(actor, filters, indicator, { after });
    return (
      <>
        <PageHeader
          title={`${t("results")}: ${ind.name}`}
          subtitle={scopeText}
          actions={
            <Link href={back} className="text-brand-700 underline">
              ← {t("dashboard")}
            </Link>
          }
        />
        <Card>
          {rows.length ? (
            <Table head={[t("period2"), t("value"), t("origin"), t("proposal"), t("area"), t("sourceEvidence")]}>
              {rows.map((r) => (
                <tr key={r.id} data-testid="drill-result">
                  <Td>{r.period}</Td>
                  <Td className="tabular-nums font-semibold">{r.display}</Td>
                  <Td>{(locale === "vi" ? ORIGIN : ORIGIN_EN)[r.origin] ?? r.origin}</Td>
                  <Td>
                    {r.proposalId ? (
                      <Link className="text-brand-700 underline" href={`${BASE}/de-an/${r.proposalId}`}>
                        {r.proposalTitle}
                      </Link>
                    ) : (
                      "—"
                    )}
                  </Td>
                  <Td>{r.commune ?? "—"}</Td>
                  <Td className="text-xs">
                    {[r.rawText && `“${r.rawText}”`, r.source, r.evidence].filter(Boolean).join(" · ")}
                  </Td>
                </tr>
              ))}
            </Table>
          ) : null}
          {rows.length ? (
            pager(rows.length, count, next)
          ) : (
            <EmptyState title={t("noResultsRecordedYet")} hint={t("resultsComeFromProposalAcceptance")} />
          )}
        </Card>
      </>
    );
  }
  const { rows, total, next } = await listDrillProposals(actor, filters, { after });
  return (
    <>
      <PageHeader
        title={t("proposalsBehindTheFigures")}
        subtitle={scopeText}
        actions={
          <Link href={back} className="text-brand-700 underline">
            ← {t("dashboard")}
          </Link>
        }
      />
      <Card>
        {rows.length ? (
          <Table
            head={[
              t("proposal"),
              t("year2"),
              t("fund2"),
              t("status"),
              t("activity2"),
              t("area"),
              t("committed"),
              t("disbursed"),
              t("settled"),
              t("counterpart"),
            ]}
          >
            {rows.map((r) => (
              <tr key={r.id} data-testid="drill-proposal">
                <Td className="min-w-56">
                  <Link className="text-brand-700 underline" href={`${BASE}/de-an/${r.id}`}>
                    {r.title}
                  </Link>
                  {r.illustrative && (
                    <span
                      className="ml-1 rounded bg-amber-100 px-1 text-xs font-semibold text-amber-900"
                      data-testid="minh-hoa"
                    >
                      {t("illustrative")}
                    </span>
                  )}
                  {r.code && <span className="block text-xs text-slate-500">{r.code}</span>}
                </Td>
                <Td>{r.year}</Td>
                <Td>{r.fund}</Td>
                <Td>{statusText(r.status, locale)}</Td>
                <Td className="text-xs">{r.category}</Td>
                <Td>{r.commune ?? "—"}</Td>
                <Td>{r.display.committed}</Td>
                <Td>{r.display.disbursed}</Td>
                <Td>{r.display.settled}</Td>
                <Td>{r.display.counterpart}</Td>
              </tr>
            ))}
            <tr className="bg-slate-50 font-semibold" data-testid="drill-total">
              <Td>
                {t("total")} ({total.count.toLocaleString(t("enUs"))} {t("proposals")})
              </Td>
              <Td>{""}</Td>
              <Td>{""}</Td>
              <Td>{""}</Td>
              <Td>{""}</Td>
              <Td>{""}</Td>
              <Td>{total.committed}</Td>
              <Td>{total.disbursed}</Td>
              <Td>{total.settled}</Td>
              <Td>{total.counterpart}</Td>
            </tr>
          </Table>
        ) : null}
        {rows.length ? (
          pager(rows.length, total.count, next)
        ) : (
          <EmptyState title={t("noProposalsInThisScope")} hint={t("tryRemovingSomeDashboardFilters")} />
        )}
      </Card>
    </>
  );
}
