import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locale";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";

/** The beneficiary's documents of a đề án — contract, acceptance minutes, settlement — to read or download signed. */
export function IssuedDocumentsCard({ d, base, locale }: { d: ImplementationDetail; base: string; locale: Locale }) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const items: Array<{ key: string; label: string; href: string }> = [];
  if (d.contract)
    items.push({
      key: "contract",
      label: t(
        `Hợp đồng hỗ trợ số ${d.contract.number} ngày ${formatDate(d.contract.signedAt)}`,
        `Support contract no. ${d.contract.number} of ${formatDate(d.contract.signedAt)}`,
      ),
      href: `${base}/${d.id}/hop-dong`,
    });
  for (const a of d.acceptances)
    items.push({
      key: a.id,
      label: t(
        `Biên bản nghiệm thu số ${a.minutesNo} ngày ${formatDate(a.acceptedAt)}`,
        `Acceptance minutes no. ${a.minutesNo} of ${formatDate(a.acceptedAt)}`,
      ),
      href: `${base}/${d.id}/bien-ban/${a.id}`,
    });
  if (d.settlement)
    items.push({
      key: "settlement",
      label: t(
        `Quyết toán số ${d.settlement.number} ngày ${formatDate(d.settlement.settledAt)}`,
        `Settlement no. ${d.settlement.number} of ${formatDate(d.settlement.settledAt)}`,
      ),
      href: `${base}/${d.id}/quyet-toan`,
    });
  const pdf: Record<string, string> = { contract: "hop-dong.pdf", settlement: "quyet-toan.pdf" };
  return (
    <Card title={t("Văn bản", "Documents")}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">
          {t(
            "Chưa có văn bản. Hợp đồng được ký sau khi đề án được phê duyệt.",
            "No documents yet. The contract is signed once the project is approved.",
          )}
        </p>
      ) : (
        <ul className="divide-y text-sm" data-testid="issued-documents">
          {items.map((i) => (
            <li key={i.key} className="flex flex-wrap items-center gap-3 py-2">
              <span className="mr-auto">{i.label}</span>
              <Link className="text-brand-700 underline" href={i.href}>
                {t("Xem", "View")}
              </Link>
              <a className="text-brand-700 underline" href={`${i.href}/${pdf[i.key] ?? "bien-ban.pdf"}`}>
                {t("Tải PDF (có ký số)", "Download PDF (signed)")}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
