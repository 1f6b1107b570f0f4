import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { countProposalsByStatus } from "@/lib/home/queries";
import { listProvinceTotals } from "@/lib/dashboard/national-query";
import { parsePeriod } from "@/lib/metrics/period";
import { navFor } from "@/components/layout/nav";
import { RoleHome } from "@/components/home/role-home";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.boCongThuong.page")("nationalOverview") };
}

const PERIODS = ["2021-2025", "2026-2030"] as const;

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor("proposal.viewNational");
  const locale = await getLocale();
  const wanted = (await searchParams).ky;
  const ky = PERIODS.find((p) => p === wanted) ?? "2021-2025";
  const period = parsePeriod(ky)!;
  const [counts, totals] = await Promise.all([countProposalsByStatus(actor), listProvinceTotals(actor, period)]);
  const vi = locale === "vi";
  const t = translator(locale, "app.boCongThuong.page");
  return (
    <RoleHome
      title={t("nationalOverview")}
      name={actor.name}
      locale={locale}
      counts={counts}
      links={navFor(actor.role, locale).slice(1)}
    >
      <Card
        title={t("approvedProjectsByProvince", { startYear: period.startYear, endYear: period.endYear })}
        actions={
          <nav className="flex gap-2 text-sm">
            {PERIODS.map((p) => (
              <Link
                key={p}
                href={`/bo-cong-thuong?ky=${p}`}
                aria-current={p === ky ? "page" : undefined}
                className={p === ky ? "font-semibold underline" : "text-brand-700 underline"}
              >
                {p.replace("-", "–")}
              </Link>
            ))}
          </nav>
        }
      >
        <Table
          head={
            vi
              ? ["Tỉnh, thành phố", "Số đề án", "Kinh phí cam kết", "Giải ngân", "Vốn đối ứng"]
              : ["Province", "Projects", "Committed", "Disbursed", "Counterpart"]
          }
        >
          {totals.rows.map((r) => (
            <tr key={r.code ?? "central"} data-testid={`province-${r.code ?? "central"}`}>
              <Td>
                {r.code ? (
                  <Link className="text-brand-700 underline" href={`/lanh-dao/bang-dieu-khien?ky=${ky}&tinh=${r.code}`}>
                    {r.name}
                  </Link>
                ) : (
                  r.name
                )}
              </Td>
              <Td>{r.count}</Td>
              <Td>{r.display.committed}</Td>
              <Td>{r.display.disbursed}</Td>
              <Td>{r.display.counterpart}</Td>
            </tr>
          ))}
          <tr className="bg-slate-50 font-semibold" data-testid="province-total">
            <Td>{vi ? totals.total.name : totals.missing.length ? "Provinces with data" : "Whole country"}</Td>
            <Td>{totals.total.count}</Td>
            <Td>{totals.total.display.committed}</Td>
            <Td>{totals.total.display.disbursed}</Td>
            <Td>{totals.total.display.counterpart}</Td>
          </tr>
        </Table>
        {totals.missing.length > 0 && (
          <p className="mt-2 text-sm text-amber-800" data-testid="province-missing">
            {t("noDataOnThePortal", { value: totals.missing.join(", ") })}
          </p>
        )}
        <p className="mt-2 text-xs text-slate-500">{t("historicProvincesAreCountedUnder")}</p>
      </Card>
    </RoleHome>
  );
}
