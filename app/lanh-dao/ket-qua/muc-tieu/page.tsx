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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Mục tiêu giai đoạn" : "Period targets" };
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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const fund = FUND[locale] as Record<string, string>;
  return (
    <>
      <PageHeader
        title={`${t("Mục tiêu giai đoạn", "Targets for")} ${period.startYear}–${period.endYear}`}
        subtitle={t(
          "Mục tiêu cả giai đoạn, hoặc theo năm, theo nguồn kinh phí; của tỉnh (gồm địa bàn cũ sáp nhập năm 2025).",
          "Targets for the whole period, or by year or fund; for the province (including the former areas merged in 2025).",
        )}
        actions={
          <Link href="/lanh-dao/ket-qua" className="text-brand-700 underline">
            {t("← Kết quả", "← Results")}
          </Link>
        }
      />
      <nav className="no-print mb-4 flex gap-2" aria-label={t("Chọn giai đoạn", "Choose a period")}>
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
          {t("Đã lưu mục tiêu.", "Target saved.")}
        </p>
      )}
      <Card className="mb-6">
        {rows.length ? (
          <Table
            head={[
              t("Chỉ tiêu", "Indicator"),
              t("Năm", "Year"),
              t("Nguồn", "Fund"),
              t("Mục tiêu", "Target"),
              t("Căn cứ", "Source"),
              ...(canManage ? [t("Thao tác", "Actions")] : []),
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
                <Td>{r.year ?? t("Cả giai đoạn", "Whole period")}</Td>
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
                        {t("Sửa", "Edit")}
                      </Link>
                      <RowAction
                        action={deleteTargetAction}
                        id={r.id}
                        label={t("Xóa", "Delete")}
                        variant="danger"
                        locale={locale}
                        confirmTitle={t("Xóa mục tiêu này?", "Delete this target?")}
                        confirmBody={t(
                          "Mục tiêu bị xóa khỏi bảng điều khiển; thao tác được ghi vào nhật ký.",
                          "The target is removed from the dashboard; the action is recorded in the audit log.",
                        )}
                      />
                    </div>
                  </Td>
                )}
              </tr>
            ))}
          </Table>
        ) : (
          <EmptyState
            title={t("Chưa có mục tiêu cho giai đoạn này", "No targets for this period yet")}
            hint={
              canManage
                ? t(
                    "Thêm mục tiêu bằng biểu mẫu bên dưới, theo quyết định phê duyệt chương trình.",
                    "Add targets with the form below, from the decision approving the programme.",
                  )
                : t(
                    "Lãnh đạo Sở nhập mục tiêu theo quyết định phê duyệt chương trình.",
                    "The Department's leadership enters targets from the decision approving the programme.",
                  )
            }
          />
        )}
      </Card>
      {options && (
        <Card title={t("Thêm mục tiêu", "Add a target")}>
          <SpecForm
            action={createTargetAction}
            fields={targetFields(options, locale)}
            values={{ period: ky }}
            submitLabel={t("Thêm mục tiêu", "Add target")}
            testId="target-form"
            resetOnSuccess
            locale={locale}
          />
        </Card>
      )}
    </>
  );
}
