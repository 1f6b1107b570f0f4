"use client";

import { useActionState } from "react";
import { assignAction, unassignAction } from "@/lib/appraisal/actions";
import { initialFormState } from "@/lib/form-state";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/locale";
import { ValidatedForm } from "@/components/forms/validated-form";
import { useTranslations } from "next-intl";

export type AssignmentRow = {
  appraiserId: string;
  name: string;
  conflict: "PENDING" | "NO_CONFLICT" | "RECUSED";
  conflictNote: string | null;
  scored: boolean;
  total: string;
};

const CONFLICT = {
  PENDING: { tone: "warning" },
  NO_CONFLICT: { tone: "success" },
  RECUSED: { tone: "danger" },
} as const;

/** Council members on this dossier, their declaration and total; assign more (never a recused member). */
export function AssignmentPanel({
  proposalId,
  rows,
  appraisers,
  canAssign,
  locale,
}: {
  proposalId: string;
  rows: AssignmentRow[];
  appraisers: Array<{ id: string; name: string }>;
  canAssign: boolean;
  locale: Locale;
}) {
  const t = useTranslations("components.appraisal.assignmentPanel");
  const [state, assign] = useActionState(assignAction, initialFormState);
  const [unState, unassign] = useActionState(unassignAction, initialFormState);
  const taken = new Set(rows.map((r) => r.appraiserId));
  const free = appraisers.filter((a) => !taken.has(a.id));
  return (
    <div>
      <FormMessage state={unState} />
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noCouncilMemberAssignedYet")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="assignments">
          {rows.map((r) => (
            <li key={r.appraiserId} className="flex flex-wrap items-center gap-2 py-2">
              <span className="font-semibold">{r.name}</span>
              <Badge tone={CONFLICT[r.conflict].tone}>{t(`conflict.${r.conflict}`)}</Badge>
              {r.conflictNote && <span className="text-sm text-slate-600">“{r.conflictNote}”</span>}
              <span className="ml-auto text-sm tabular-nums">
                {r.conflict === "RECUSED" ? "—" : r.scored ? `${r.total} ${t("points")}` : t("notScored")}
              </span>
              {canAssign && r.conflict !== "RECUSED" && !r.scored && (
                <ValidatedForm action={unassign} state={unState}>
                  <input type="hidden" name="proposalId" value={proposalId} />
                  <input type="hidden" name="appraiserId" value={r.appraiserId} />
                  <button type="submit" className="text-sm text-red-700 underline">
                    {t("unassign")}
                  </button>
                </ValidatedForm>
              )}
            </li>
          ))}
        </ul>
      )}
      {canAssign && free.length > 0 && (
        <ValidatedForm action={assign} state={state} className="mt-3 rounded-md bg-slate-50 p-3">
          <FormMessage state={state} />
          <input type="hidden" name="proposalIds" value={proposalId} />
          <fieldset>
            <legend className="text-sm font-semibold">{t("assignMoreCouncilMembers")}</legend>
            <div className="mt-1 flex flex-wrap gap-3">
              {free.map((a) => (
                <label key={a.id} className="flex min-h-11 items-center gap-2">
                  <input type="checkbox" name="appraiserIds" value={a.id} /> {a.name}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="mt-2">
            <SubmitButton locale={locale} variant="secondary">
              {t("assign")}
            </SubmitButton>
          </div>
        </ValidatedForm>
      )}
    </div>
  );
}
