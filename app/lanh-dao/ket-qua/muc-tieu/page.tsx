import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { ProvinceOnlyNotice } from "@/components/layout/province-only-notice";
import { can } from "@/lib/auth/permissions";
import { getLocale } from "@/lib/i18n/locale";
import { parsePeriod } from "@/lib/metrics/period";
import { ENTRY_PERIODS } from "@/lib/results/schemas";
import { getEntryOptions, listTargetRows } from "@/lib/results/queries";
import { createTargetAction, deleteTargetAction } from "@/lib/results/actions";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { SpecForm } from "@/components/results/spec-form";
import { RowAction } from "@/components/results/row-action";
import { targetFields } from "@/components/results/fields";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.lanhDao.ketQua.mucTieu.page")("periodTargets") };
}

const BASE = "/lanh-dao/ket-qua/muc-tieu";
const FUND = { vi: { KCQG: "KCQG", KCDP: "KCĐP" }, en: { KCQG: "National", KCDP: "Local" } } as const satisfies Record<
  string,
  Record<string, string>
>;

export default async function TargetsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("dashboard.view");
  // A province's own register: the ministry (no province) reads the figures on its dashboards instead.
  if (!actor.provinceId || actor.role === "MINISTRY_VIEWER") return <ProvinceOnlyNotice locale={await getLocale()} />;
  const params = await searchParams;
  const ky = ENTRY_PERIODS.some((p) => p.value === params.ky) ? params.ky! : "2021-2025";
  const period = parsePeriod(ky)!;
  const canManage = can(actor.role, "targets.manage");
  const [rows, options] = await Promise.all([listTargetRows(actor, period), canManage ? getEntryOptions(actor) : null]);
  const locale = await getLocale();
  const t = translator(locale, "app.lanhDao.ketQua.mucTieu.page");
  const fund = FUND[locale] as Record<string, string>;
  return (
    <>
      <PageHeader
        title={`${t("targetsFor")} ${period.startYear}–${period.endYear}`}
        subtitle={t("targetsForTheWholePeriod")}
        actions={
          <Link href="/lanh-dao/ket-qua" className="text-brand-700 underline">
            {t("results")}
          </Link>
        }
      />
      <nav className="no-print mb-4 flex gap-2" aria-label={t("chooseAPeriod")}>
        {ENTRY_PERIODS.map((p) => (
          <Link
            key={p.value}
            href={`${BASE}?ky=${p.value}`}
            aria-current={p.value === ky ? "page" : undefined}
            className={`rounded-md border px-3 py-2 text-sm font-semibold ${p.value === ky ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}
          >
            {p.label}
          </Link>
        ))}
      </nav>
      {params.luu && (
        <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-900">
          {t("targetSaved")}
        </p>
      )}
      <Card className="mb-6">
        {rows.length ? (
          <Table
            head={[
              t("indicator"),
              t("year"),
              t("fund"),
              t("target"),
              t("source"),
              ...(canManage ? [t("actions")] : []),
            ]}
          >
            {rows.map((r) => (
              <tr key={r.id} data-testid={`target-row-${r.indicatorCode}`}>
                <Td className="min-w-48">
                  <span className="font-semibold">{r.indicatorName}</span>
                  <span className="block text-xs text-slate-500">
                    {r.indicatorCode}
                    {r.province ? ` · ${r.province}` : ""}
                  </span>
                </Td>
                <Td>{r.year ?? t("wholePeriod")}</Td>
                <Td>{r.fund ? fund[r.fund] : "—"}</Td>
                <Td className="tabular-nums font-semibold">
                  {r.display}
                  {r.rawText && <span className="block text-xs font-normal text-slate-600">“{r.rawText}”</span>}
                </Td>
                <Td className="text-xs">
                  {r.source}
                  {r.note && <span className="block text-slate-500">{r.note}</span>}
                </Td>
                {canManage && (
                  <Td>
                    <div className="flex flex-wrap gap-2">
                      <Link className="text-brand-700 underline" href={`${BASE}/${r.id}`}>
                        {t("edit")}
                      </Link>
                      <RowAction
                        action={deleteTargetAction}
                        id={r.id}
                        label={t("delete")}
                        variant="danger"
                        locale={locale}
                        confirmTitle={t("deleteThisTarget")}
                        confirmBody={t("theTargetIsRemovedFrom")}
                      />
                    </div>
                  </Td>
                )}
              </tr>
            ))}
          </Table>
        ) : (
          <EmptyState
            title={t("noTargetsForThisPeriod")}
            hint={canManage ? t("addTargetsWithTheForm") : t("theDepartmentSLeadershipEnters")}
          />
        )}
      </Card>
      {options && (
        <Card title={t("addATarget")}>
          <SpecForm
            action={createTargetAction}
            fields={targetFields(options, locale)}
            values={{ period: ky }}
            submitLabel={t("addTarget")}
            testId="target-form"
            resetOnSuccess
            locale={locale}
          />
        </Card>
      )}
    </>
  );
}
