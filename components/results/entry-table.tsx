import Link from "next/link";
import type { ResultEntryDto } from "@/lib/results/dto";
import type { FormState } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/dates";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { RowAction } from "@/components/results/row-action";
import { ReopenForm } from "@/components/results/hierarchy-forms";
import { translator } from "@/lib/i18n/messages";

type Act = (prev: FormState, formData: FormData) => Promise<FormState>;

/** Manual result entries; drafts can be edited or deleted by staff and approved (locked) by a leader. */
export function EntryTable({
  rows,
  canEdit,
  canApprove,
  approve,
  remove,
  reopen,
  base,
  locale,
}: {
  rows: ResultEntryDto[];
  canEdit: boolean;
  canApprove: boolean;
  approve: Act;
  remove: Act;
  /** Reopen an approved entry with a reason (leaders). */
  reopen?: Act;
  base: string;
  locale: Locale;
}) {
  const t = translator(locale, "components.results.entryTable");
  return (
    <Table head={[t("indicator"), t("year"), t("value"), t("workEvidence"), t("status"), t("actions")]}>
      {rows.map((r) => (
        <tr key={r.id} data-testid={`entry-${r.id}`} data-entry-status={r.status}>
          <Td className="min-w-48">
            <span className="font-semibold">{r.indicatorName}</span>
            <span className="block text-xs text-slate-500">
              {r.indicatorCode} · {t("period")} {r.period}
              {r.commune ? ` · ${r.commune}` : ""}
            </span>
          </Td>
          <Td>{r.year ?? "—"}</Td>
          <Td className="tabular-nums font-semibold">{r.display}</Td>
          <Td className="min-w-64 text-sm">
            {r.description}
            <span className="block text-xs text-slate-600">
              {t("evidence")} {r.evidence}
            </span>
            <span className="block text-xs text-slate-500">
              {t("enteredBy")} {r.createdBy ?? "—"}, {formatDate(r.createdAt)}
            </span>
          </Td>
          <Td>
            {r.status === "APPROVED" ? (
              <>
                <Badge tone="success">{t("approvedLocked")}</Badge>
                <span className="block text-xs text-slate-500">
                  {r.approvedBy} · {formatDate(r.approvedAt)}
                </span>
              </>
            ) : (
              <Badge tone="warning">{t("awaitingApproval")}</Badge>
            )}
          </Td>
          <Td>
            <div className="flex flex-wrap gap-2">
              {r.status === "DRAFT" && canEdit && (
                <Link className="text-brand-700 underline" href={`${base}/${r.id}`}>
                  {t("edit")}
                </Link>
              )}
              {r.status === "DRAFT" && canEdit && (
                <RowAction
                  action={remove}
                  id={r.id}
                  label={t("delete")}
                  variant="danger"
                  locale={locale}
                  confirmTitle={t("deleteThisResult")}
                  confirmBody={t("theUnapprovedEntryWillBe")}
                />
              )}
              {r.status === "DRAFT" && canApprove && (
                <RowAction
                  action={approve}
                  id={r.id}
                  label={t("approveAndLock")}
                  variant="primary"
                  testId="approve-form"
                  locale={locale}
                  confirmTitle={t("approveThisResult")}
                  confirmBody={t("onceApprovedTheResultCounts")}
                />
              )}
              {r.status === "APPROVED" && r.nationalAcceptedAt && (
                <span className="text-xs text-slate-500">
                  {t("acceptedByTheMinistryOn")} {formatDate(r.nationalAcceptedAt)}: {t("onlyTheMinistryCanReopen")}
                </span>
              )}
              {r.status === "APPROVED" && !r.nationalAcceptedAt && canApprove && reopen && (
                <ReopenForm id={r.id} action={reopen} locale={locale} />
              )}
              {r.status === "APPROVED" && !r.nationalAcceptedAt && !canApprove && (
                <span className="text-xs text-slate-500">{t("lockedALeaderCanReopen")}</span>
              )}
            </div>
          </Td>
        </tr>
      ))}
    </Table>
  );
}
