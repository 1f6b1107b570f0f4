import Link from "next/link";
import type { QueueRow } from "@/lib/appraisal/dto";
import { formatTenths } from "@/lib/appraisal/rubric-math";
import { formatDate } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

/** The intake queue; the checkboxes belong to the bulk form (form="bulk") rendered beside it. */
export function QueueTable({ rows, selectable, locale }: { rows: QueueRow[]; selectable: boolean; locale: Locale }) {
  const t = translator(locale, "components.appraisal.queueTable");
  return (
    <Table
      caption={<span className="sr-only">{t("dossierList")}</span>}
      head={[
        ...(selectable
          ? [
              <span key="s" className="sr-only">
                {t("select")}
              </span>,
            ]
          : []),
        t("dossier"),
        t("establishmentCommune"),
        t("status"),
        t("supportRequested"),
        t("score"),
        t("submitted"),
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id} data-testid="queue-row">
          {selectable && (
            <Td>
              <input
                type="checkbox"
                name="proposalIds"
                value={r.id}
                form="bulk"
                aria-label={`${t("select")} ${r.code ?? r.title}`}
                className="h-5 w-5"
              />
            </Td>
          )}
          <Td>
            <Link href={`/can-bo/ho-so/${r.id}`} className="font-semibold text-brand-700 underline">
              {r.title}
            </Link>
            <p className="text-xs text-slate-600">
              {r.code ?? "—"} · {r.activityName} · {r.fund === "KCQG" ? "KCQG" : "KCĐP"} {r.year}
            </p>
            {r.tags.length > 0 && (
              <p className="mt-1 flex flex-wrap gap-1">
                {r.tags.map((t) => (
                  <Badge key={t}>{t}</Badge>
                ))}
              </p>
            )}
          </Td>
          <Td>
            {r.establishmentName ?? "—"}
            <p className="text-xs text-slate-600">{r.communeName ?? ""}</p>
          </Td>
          <Td>
            <Badge tone={r.tone}>{locale === "vi" ? r.statusLabel : STATUS_INFO[r.status].label.en}</Badge>
            {r.overdueLabel && (
              <p className="mt-1">
                <Badge tone="danger">{r.overdueLabel}</Badge>
              </p>
            )}
            {r.status === "UNDER_APPRAISAL" && (
              <p className="text-xs text-slate-600">
                {r.assigned} {t("members")}
              </p>
            )}
          </Td>
          <Td className="tabular-nums whitespace-nowrap">{formatMoney(BigInt(r.requestedSupport))}</Td>
          <Td>
            {formatTenths(r.meanTenths)}
            {r.wideSpread && (
              <span title={t("largeSpreadBetweenMembers")} aria-label={t("largeSpread")}>
                {" "}
                ⚠
              </span>
            )}
          </Td>
          <Td className="tabular-nums whitespace-nowrap">{formatDate(r.submittedAt)}</Td>
        </tr>
      ))}
    </Table>
  );
}
