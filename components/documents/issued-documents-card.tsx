import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locale";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";
import { translator } from "@/lib/i18n/messages";

/** The beneficiary's documents of a đề án — contract, acceptance minutes, settlement — to read or download signed. */
export function IssuedDocumentsCard({ d, base, locale }: { d: ImplementationDetail; base: string; locale: Locale }) {
  const t = translator(locale, "components.documents.issuedDocumentsCard");
  const items: Array<{ key: string; label: string; href: string }> = [];
  if (d.contract)
    items.push({
      key: "contract",
      label: t("supportContractNoOf", { numberValue: d.contract.number, value: formatDate(d.contract.signedAt) }),
      href: `${base}/${d.id}/hop-dong`,
    });
  for (const a of d.acceptances)
    items.push({
      key: a.id,
      label: t("acceptanceMinutesNoOf", { minutesNo: a.minutesNo, value: formatDate(a.acceptedAt) }),
      href: `${base}/${d.id}/bien-ban/${a.id}`,
    });
  if (d.settlement)
    items.push({
      key: "settlement",
      label: t("settlementNoOf", { numberValue: d.settlement.number, value: formatDate(d.settlement.settledAt) }),
      href: `${base}/${d.id}/quyet-toan`,
    });
  const pdf: Record<string, string> = { contract: "hop-dong.pdf", settlement: "quyet-toan.pdf" };
  return (
    <Card title={t("documents")}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noDocumentsYetTheContract")}</p>
      ) : (
        <ul className="divide-y text-sm" data-testid="issued-documents">
          {items.map((i) => (
            <li key={i.key} className="flex flex-wrap items-center gap-3 py-2">
              <span className="mr-auto">{i.label}</span>
              <Link className="text-brand-700 underline" href={i.href}>
                {t("view")}
              </Link>
              <a className="text-brand-700 underline" href={`${i.href}/${pdf[i.key] ?? "bien-ban.pdf"}`}>
                {t("downloadPdfSigned")}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
