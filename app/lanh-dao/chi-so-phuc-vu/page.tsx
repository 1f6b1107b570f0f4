import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { routes } from "@/lib/routes";
import { GROUP_SLUG, serviceIndex, type IndexGroup, type IndexRow } from "@/lib/service-index";
import { parseIndexParams } from "@/lib/service-index/params";
import { monthLabel, monthsEnding, SATISFIED_FROM, shiftMonth, type Share } from "@/lib/metrics/service-index";
import { formatBp } from "@/lib/metrics/format";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.lanhDao.chiSoPhucVu.page")("serviceIndex2") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function ShareCell({ s, href, label }: { s: Share | null; href: string | null; label: string }) {
  if (!s) return <span className="text-slate-600">—</span>;
  if (s.den === 0) return <span className="text-slate-600">0</span>;
  const text = `${formatBp(Math.round((s.rate ?? 0) * 10_000))} (${s.num}/${s.den})`;
  return href ? (
    <Link className="text-brand-700 underline tabular-nums" href={href} aria-label={`${label}: ${text}`}>
      {text}
    </Link>
  ) : (
    <span className="tabular-nums">{text}</span>
  );
}

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("dashboard.view");
  const p = parseIndexParams(await searchParams);
  const locale = await getLocale();
  const t = translator(locale, "app.lanhDao.chiSoPhucVu.page");
  const minhHoa = p.illustrative ? "1" : null;
  const history = p.agencyId !== null;
  const data = await serviceIndex(actor, {
    months: history ? monthsEnding(p.month, 12) : [p.month],
    illustrative: p.illustrative,
    agencyId: p.agencyId ?? undefined,
  });
  const drill = (r: IndexRow, g: IndexGroup) =>
    routes.leader.serviceIndexDossiers({ thang: r.month, coQuan: r.agency.id, nhom: GROUP_SLUG[g], minhHoa });
  const prev = shiftMonth(p.month, -1);
  const nextMonth = shiftMonth(p.month, 1);
  const agencyName = history ? (data.rows[0]?.agency.name ?? "") : "";
  const limitNote = (r: IndexRow) =>
    r.agency.limit === null ? t("notDeclared") : `${r.agency.limit} ${t("workingDays")}`;
  return (
    <>
      <PageHeader title={t("serviceIndex")} subtitle={t("theGroupsOfDecision766")} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("chooseAMonth")}>
        <div>
          <label htmlFor="thang" className="block text-sm font-medium">
            {t("month")}
          </label>
          <input
            id="thang"
            name="thang"
            type="month"
            defaultValue={p.month}
            className="rounded-md border border-slate-300 px-3 py-2"
          />
        </div>
        {p.agencyId && <input type="hidden" name="coQuan" value={p.agencyId} />}
        {minhHoa && <input type="hidden" name="minhHoa" value="1" />}
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("show")}
        </button>
        <Link
          className="py-2 text-brand-700 underline"
          href={routes.leader.serviceIndex({ thang: prev, coQuan: p.agencyId, minhHoa })}
        >
          {t("previousMonth")}
        </Link>
        <Link
          className="py-2 text-brand-700 underline"
          href={routes.leader.serviceIndex({ thang: nextMonth, coQuan: p.agencyId, minhHoa })}
        >
          {t("nextMonth")}
        </Link>
        <a
          className="py-2 text-brand-700 underline"
          href={routes.leader.serviceIndexXlsx({ thang: p.month, coQuan: p.agencyId, minhHoa })}
          download
        >
          {t("downloadExcelXlsx")}
        </a>
      </form>
      <p className="mb-4 text-sm text-slate-700" data-testid="illustrative-toggle">
        {p.illustrative ? (
          <>
            {t("includingIllustrativeDossiersDemoData")}{" "}
            <Link
              className="text-brand-700 underline"
              href={routes.leader.serviceIndex({ thang: p.month, coQuan: p.agencyId })}
            >
              {t("officialFiguresOnly")}
            </Link>
          </>
        ) : (
          <>
            {t("officialFiguresIllustrativeDossiersLeft")}{" "}
            <Link
              className="text-brand-700 underline"
              href={routes.leader.serviceIndex({ thang: p.month, coQuan: p.agencyId, minhHoa: "1" })}
            >
              {t("includeIllustrativeFigures")}
            </Link>
          </>
        )}
      </p>
      {data.illustrative && (
        <p className="mb-4" data-testid="index-illustrative">
          <Badge tone="warning">{t("illustrative")}</Badge>{" "}
          <span className="text-sm">{t("thisTableIncludesIllustrativeDossiers")}</span>
        </p>
      )}
      <Card
        title={
          history
            ? `${agencyName} — ${t("n12MonthsTo")} ${monthLabel(p.month)}`
            : `${t("month")} ${monthLabel(p.month)}`
        }
        className="mb-6"
      >
        {history && (
          <p className="mb-2 text-sm">
            <Link className="text-brand-700 underline" href={routes.leader.serviceIndex({ thang: p.month, minhHoa })}>
              {t("allAgencies")}
            </Link>
          </p>
        )}
        {data.rows.length === 0 ? (
          <EmptyState title={t("noDossierInThisMonth")} hint={t("chooseAnotherMonthOrInclude")} />
        ) : (
          <Table
            label={t("serviceIndex2")}
            head={[
              history ? t("month") : t("agency"),
              t("handlingTimeLimit"),
              t("handledOnTime"),
              t("submittedOnline"),
              t("digitisedResults"),
              t("satisfied5", { SATISFIED_FROM }),
            ]}
          >
            {data.rows.map((r) => (
              <tr key={`${r.agency.id}:${r.month}`} data-testid="index-row">
                <Td>
                  {history ? (
                    monthLabel(r.month)
                  ) : (
                    <Link
                      className="text-brand-700 underline"
                      href={routes.leader.serviceIndex({ thang: r.month, coQuan: r.agency.id, minhHoa })}
                    >
                      {r.agency.name}
                    </Link>
                  )}
                </Td>
                <Td>
                  {limitNote(r)}
                  {r.agency.illustrative && r.agency.limit !== null && (
                    <>
                      {" "}
                      <Badge tone="warning">{t("illustrative")}</Badge>
                    </>
                  )}
                </Td>
                <Td testId="cell-timeliness">
                  <ShareCell
                    s={r.timeliness}
                    href={r.timeliness?.den ? drill(r, "timeliness") : null}
                    label={t("onTime")}
                  />
                </Td>
                <Td testId="cell-online">
                  <ShareCell s={r.online} href={r.online.den ? drill(r, "online") : null} label={t("online")} />
                </Td>
                <Td testId="cell-digitised">
                  <ShareCell
                    s={r.digitised}
                    href={r.digitised.den ? drill(r, "digitised") : null}
                    label={t("digitised")}
                  />
                </Td>
                <Td testId="cell-satisfaction">
                  {r.satisfaction === null ? (
                    <span className="text-slate-600">{t("hiddenUnder3")}</span>
                  ) : (
                    <>
                      <ShareCell
                        s={r.satisfaction}
                        href={r.satisfaction.den ? drill(r, "satisfaction") : null}
                        label={t("satisfied")}
                      />
                      {r.satisfaction.average !== null && (
                        <span className="block text-xs text-slate-600">
                          {t("average")} {r.satisfaction.average.toLocaleString("vi-VN")}
                        </span>
                      )}
                    </>
                  )}
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <Card title={t("howEachFigureIsComputed")}>
        <dl className="space-y-2 text-sm">
          <div>
            <dt className="font-semibold">{t("handledOnTime")}</dt>
            <dd>{t("dossiersWithAHandlingResult")}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("submittedOnline")}</dt>
            <dd>{t("dossiersFirstSubmittedInThe")}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("digitisedResults")}</dt>
            <dd>{t("dossiersDecidedInTheMonth")}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("satisfied")}</dt>
            <dd>{t("ratingsInTheMonthWith", { SATISFIED_FROM })}</dd>
          </div>
        </dl>
        {(actor.role === "ADMIN" || actor.role === "LEADER") && (
          <p className="mt-3 text-sm">
            {t("theHandlingTimeLimitIs")}{" "}
            <Link className="text-brand-700 underline" href={routes.admin.agencies}>
              {t("agencyDetails")}
            </Link>
            .
          </p>
        )}
      </Card>
    </>
  );
}
