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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Quy tắc mức hỗ trợ" : "Support cap rules" };
}

export default async function RulesAdminPage() {
  const actor = await requireActor("rules.manage");
  const { rules, bases } = await listRulesForAdmin(actor);
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const codes = [...new Map(rules.map((r) => [r.code, { code: r.code, label: r.label }])).values()];
  return (
    <div>
      <PageHeader title={t("Mức hỗ trợ khuyến công (quy tắc theo thời gian)", "Industrial extension support caps (rules over time)")} subtitle={t("Mỗi đề án được xét theo mức có hiệu lực tại ngày nộp. Thay đổi mức = thêm giai đoạn mới; giai đoạn cũ giữ nguyên để xét hồ sơ đã nộp.", "Each project is assessed against the cap in force on its submission date. To change a cap, add a new period; earlier periods stay as they were for dossiers already submitted.")} />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <Table head={[t("Loại chi phí", "Cost type"), t("Tỷ lệ", "Rate"), t("Mức tối đa", "Maximum"), t("Ưu tiên", "Priority"), t("Căn cứ", "Legal basis"), t("Hiệu lực", "In force"), ""]}>
          {rules.map((r) => (
            <tr key={`${r.code}-${r.validFrom}`}>
              <Td><span className="font-semibold">{r.label}</span><span className="block text-xs text-slate-600">{r.code} · {r.activityCode}</span></Td>
              <Td>{r.maxPercentBp === null ? "—" : formatPercentBp(r.maxPercentBp)}</Td>
              <Td className="tabular-nums">{r.maxAmount === null ? "—" : formatMoney(BigInt(r.maxAmount))}</Td>
              <Td>{r.priorityMultiplierBp === null ? "—" : `× ${String(r.priorityMultiplierBp / 10000).replace(".", ",")}`}</Td>
              <Td>{r.article} {r.legalBasisTitle}</Td>
              <Td className="whitespace-nowrap">{formatDate(r.validFrom)} – {r.validTo ? formatDate(r.validTo) : t("nay", "present")}</Td>
              <Td>{r.verified ? <Badge tone="success">{t("Đã đối chiếu", "Verified")}</Badge> : <Badge tone="warning">{t("Chưa đối chiếu", "Not verified")}</Badge>}</Td>
            </tr>
          ))}
        </Table>
        <div>
          <h2 className="mb-3 text-lg font-semibold">{t("Thêm giai đoạn áp dụng mới", "Add a new period of application")}</h2>
          <RulePeriodForm codes={codes} bases={bases} locale={locale} />
        </div>
      </div>
    </div>
  );
}
