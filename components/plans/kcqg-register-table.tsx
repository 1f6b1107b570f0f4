import Link from "next/link";
import type { KcqgRegisterRow } from "@/lib/plans/kcqg-register";
import type { Locale } from "@/lib/i18n/locale";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { formatDate } from "@/lib/dates";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { translator } from "@/lib/i18n/messages";

/** The KCQG register: what the province sent the ministry, when (vs 20/06), and the ministry's decision. */
export function KcqgRegisterTable({
  rows,
  locale,
  decide,
}: {
  rows: KcqgRegisterRow[];
  locale: Locale;
  decide?: (row: KcqgRegisterRow) => React.ReactNode;
}) {
  const t = translator(locale, "components.plans.kcqgRegisterTable");
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("noKcqgProjectRegisteredFor")}</p>;
  return (
    <Table
      head={[
        t("project"),
        t("proposedBy"),
        t("requested"),
        t("sentToTheMinistry"),
        t("ministryDecision"),
        ...(decide ? [""] : []),
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id} data-testid={`kcqg-${r.code ?? r.id}`}>
          <Td>
            <span className="font-semibold">{r.title}</span>
            <span className="block text-xs text-slate-600">{r.code ?? "—"}</span>
          </Td>
          <Td>
            {r.agencyName}
            {r.province && <span className="block text-xs text-slate-600">{r.province}</span>}
          </Td>
          <Td>{r.requestedSupport}</Td>
          <Td className="whitespace-nowrap">
            {r.sentAt ? formatDate(new Date(r.sentAt)) : t("notSent")}
            {r.onTime === false && (
              <span className="block">
                <Badge tone="warning">{t("after2006")}</Badge>
              </span>
            )}
          </Td>
          <Td>
            {r.decision ? (
              <Link className="text-brand-700 underline" href={`/quyet-dinh/${r.decision.id}`}>
                {r.decision.number}
              </Link>
            ) : (
              <Badge tone={STATUS_INFO[r.status].tone}>{STATUS_INFO[r.status].label[locale]}</Badge>
            )}
            {r.decision && (
              <span className="block text-xs text-slate-600">
                {STATUS_INFO[r.status].label[locale]} · {formatDate(new Date(r.decision.decidedAt))} ·{" "}
                {r.decision.signerName}
              </span>
            )}
          </Td>
          {decide && <Td>{decide(r)}</Td>}
        </tr>
      ))}
    </Table>
  );
}
