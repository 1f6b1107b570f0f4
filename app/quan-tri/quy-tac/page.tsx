import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { listRulesForAdmin } from "@/lib/rules/queries";
import { formatDate } from "@/lib/dates";
import { formatMoney, formatPercentBp } from "@/lib/money";
import { PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { RulePeriodForm } from "@/components/application/rule-period-form";
import { RuleSetsTable } from "@/components/rules/rule-sets-table";
import { RuleSetForm } from "@/components/rules/rule-set-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Quy tắc mức hỗ trợ" : "Support cap rules" };
}

export default async function RulesAdminPage() {
  const actor = await requireActor("rules.manage");
  const { rules, bases, sets } = await listRulesForAdmin(actor);
  const editable = sets
    .filter((s) => s.editable)
    .map((s) => ({ code: s.code, label: `${s.code} — ${s.instrumentNo}` }));
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const codes = [...new Map(rules.map((r) => [r.code, { code: r.code, label: r.label }])).values()];
  return (
    <div>
      <PageHeader
        title={t(
          "Mức hỗ trợ khuyến công (quy tắc theo thời gian)",
          "Industrial extension support caps (rules over time)",
        )}
        subtitle={t(
          "Mỗi đề án được xét theo mức có hiệu lực tại ngày nộp. Thay đổi mức = thêm giai đoạn mới; giai đoạn cũ giữ nguyên để xét hồ sơ đã nộp.",
          "Each project is assessed against the cap in force on its submission date. To change a cap, add a new period; earlier periods stay as they were for dossiers already submitted.",
        )}
      />
      <h2 className="mb-3 text-lg font-semibold">
        {t("Bộ quy tắc theo quỹ và thời kỳ", "Rule sets by fund and period")}
      </h2>
      <p className="mb-3 text-sm text-slate-700">
        {t(
          "Đề án KCQG xét theo bộ quy tắc quốc gia; đề án KCĐP xét theo bộ quy tắc của tỉnh có hiệu lực tại ngày nộp (nếu tỉnh chưa có, áp dụng mức quốc gia làm trần).",
          "KCQG projects are judged by the national set; KCĐP projects by the province's set in force on the submission day (the national levels as ceiling if the province has none).",
        )}
      </p>
      <div className="mb-8">
        <RuleSetsTable sets={sets} locale={locale} />
      </div>
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <Table
          head={[
            t("Bộ quy tắc", "Rule set"),
            t("Loại chi phí", "Cost type"),
            t("Tỷ lệ", "Rate"),
            t("Mức tối đa", "Maximum"),
            t("Ưu tiên", "Priority"),
            t("Căn cứ", "Legal basis"),
            t("Hiệu lực", "In force"),
            "",
          ]}
        >
          {rules.map((r) => (
            <tr key={`${r.ruleSetCode}-${r.code}-${r.validFrom}`}>
              <Td className="text-xs">{r.ruleSetCode}</Td>
              <Td>
                <span className="font-semibold">{r.label}</span>
                <span className="block text-xs text-slate-600">
                  {r.code} · {r.activityCode}
                </span>
              </Td>
              <Td>{r.maxPercentBp === null ? "—" : formatPercentBp(r.maxPercentBp)}</Td>
              <Td className="tabular-nums">{r.maxAmount === null ? "—" : formatMoney(BigInt(r.maxAmount))}</Td>
              <Td>
                {r.priorityMultiplierBp === null
                  ? "—"
                  : `× ${String(r.priorityMultiplierBp / 10000).replace(".", ",")}`}
              </Td>
              <Td>
                {r.article} {r.legalBasisTitle}
              </Td>
              <Td className="whitespace-nowrap">
                {formatDate(r.validFrom)} – {r.validTo ? formatDate(r.validTo) : t("nay", "present")}
              </Td>
              <Td>
                {r.verified ? (
                  <Badge tone="success">{t("Đã đối chiếu", "Verified")}</Badge>
                ) : (
                  <Badge tone="warning">{t("Chưa đối chiếu", "Not verified")}</Badge>
                )}
              </Td>
            </tr>
          ))}
        </Table>
        <div>
          {editable.length > 0 ? (
            <>
              <h2 className="mb-3 text-lg font-semibold">
                {t("Thêm giai đoạn áp dụng mới", "Add a new period of application")}
              </h2>
              <RulePeriodForm codes={codes} bases={bases} sets={editable} locale={locale} />
            </>
          ) : (
            <p className="mb-4 text-sm">
              {t(
                "Tỉnh chưa có bộ quy tắc riêng; bộ quy tắc quốc gia chỉ xem.",
                "The province has no rule set of its own; national sets are read-only.",
              )}
            </p>
          )}
          <h2 className="mb-3 mt-6 text-lg font-semibold">
            {t("Ban hành bộ quy tắc mới của tỉnh (KCĐP)", "Issue a new provincial rule set (KCĐP)")}
          </h2>
          <RuleSetForm locale={locale} />
        </div>
      </div>
    </div>
  );
}
