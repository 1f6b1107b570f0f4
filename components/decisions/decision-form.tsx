"use client";

import { useActionState, useState } from "react";
import { decideAction } from "@/lib/decisions/actions";
import { initialFormState } from "@/lib/form-state";
import { Field, inputClass, TextareaField } from "@/components/forms/field";
import { formatMoney, parseMoney } from "@/lib/money";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmSubmit } from "@/components/decisions/confirm-submit";
import type { Locale, Text } from "@/lib/i18n/locale";
import { ValidatedForm } from "@/components/forms/validated-form";
import { useTranslations } from "next-intl";

export type DelegationChoice = { id: string; label: string };
type Kind = "approve" | "reject" | "return";

const LABEL = {
  approve: { vi: "Phê duyệt", en: "Approve" },
  reject: { vi: "Không phê duyệt", en: "Reject" },
  return: { vi: "Trả lại, yêu cầu bổ sung", en: "Return for supplement" },
} as const satisfies Record<Kind, Text>;

/** Approve / reject / return, each with a mandatory reason; only the kinds the workflow table allows are offered. */
export function DecisionForm({
  proposalId,
  kinds,
  delegations,
  mayDecideDirectly,
  requestedSupport,
  defaultDeadline,
  locale,
  envelopeRemaining,
  planYear,
}: {
  proposalId: string;
  kinds: Kind[];
  delegations: DelegationChoice[];
  mayDecideDirectly: boolean;
  requestedSupport: string;
  defaultDeadline: string;
  locale: Locale;
  /** What is left of the envelope (integer VND string); null when no envelope is set (lib/plans/envelope-summary.ts). */
  envelopeRemaining?: string | null;
  /** The plan year the ministry's list returns to after the decision. */
  planYear?: number;
}) {
  const t = useTranslations("components.decisions.decisionForm");
  const [state, action] = useActionState(decideAction, initialFormState);
  const v = state.values ?? {};
  const [kind, setKind] = useState<Kind>((v.decision as Kind) || kinds[0] || "return");
  const e = state.fieldErrors ?? {};
  const needsDelegation = kind !== "return" && !mayDecideDirectly;
  // The approval is checked against the envelope before the irreversible confirmation (issue 13.3).
  const envelopeCheck = (form: HTMLFormElement) => envelopeRefusal(form, envelopeRemaining, t);
  return (
    <ValidatedForm action={action} state={state} className="space-y-3" data-testid="decision-form">
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      {planYear ? <input type="hidden" name="planYear" value={planYear} /> : null}
      <fieldset>
        <legend className="text-sm font-semibold">{t("decision")}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {kinds.map((k) => (
            <label key={k} className="flex min-h-11 items-center gap-2 rounded-md border border-slate-300 px-3">
              <input type="radio" name="decision" value={k} checked={kind === k} onChange={() => setKind(k)} />{" "}
              {LABEL[k][locale]}
            </label>
          ))}
        </div>
      </fieldset>
      {(delegations.length > 0 || needsDelegation) && (
        <Field name="delegationId" label={t("signAs")} errors={e.delegationId}>
          <select
            id="f-delegationId"
            name="delegationId"
            defaultValue={v.delegationId ?? (needsDelegation ? delegations[0]?.id : "")}
            className={inputClass}
            required={needsDelegation}
          >
            {(mayDecideDirectly || kind === "return") && <option value="">{t("signDirectlyMyOwnAuthority")}</option>}
            {delegations.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </Field>
      )}
      <TextareaField
        name="reason"
        label={t("reasonRequired")}
        required
        minLength={5}
        rows={3}
        defaultValue={v.reason}
        errors={e.reason}
      />
      {kind === "approve" && (
        <Field
          name="approvedSupport"
          label={t("approvedSupport")}
          defaultValue={v.approvedSupport ?? requestedSupport}
          errors={e.approvedSupport}
          hint={t("leaveTheRequestedAmountOr")}
        />
      )}
      {kind === "return" && (
        <>
          <TextareaField
            name="items"
            label={t("documentsOrInformationToSupplement")}
            required
            rows={3}
            defaultValue={v.items}
            errors={e.items}
          />
          <Field
            name="deadline"
            type="date"
            label={t("supplementDeadline")}
            required
            defaultValue={v.deadline ?? defaultDeadline}
            errors={e.deadline}
          />
        </>
      )}
      {kind === "return" ? (
        <SubmitButton variant="secondary" locale={locale}>
          {t("sendTheSupplementRequest")}
        </SubmitButton>
      ) : (
        <ConfirmSubmit
          check={kind === "approve" ? envelopeCheck : undefined}
          variant={kind === "approve" ? "primary" : "danger"}
          title={kind === "approve" ? t("approveTheProposal") : t("rejectTheProposal")}
          locale={locale}
          body={<p>{t("theDecisionWillBeNumbered")}</p>}
        >
          {LABEL[kind][locale]}
        </ConfirmSubmit>
      )}
    </ValidatedForm>
  );
}

/** Why an approval cannot go through the envelope, or null; the amount is the form's "Mức hỗ trợ phê duyệt". */
function envelopeRefusal(
  form: HTMLFormElement,
  remaining: string | null | undefined,
  t: (key: string, values?: Record<string, string>) => string,
): string | null {
  if (remaining === undefined) return null;
  if (remaining === null) return t("noEnvelopeYet");
  const input = form.elements.namedItem("approvedSupport");
  const parsed = parseMoney(input instanceof HTMLInputElement ? input.value : "");
  if (!parsed.ok) return null; // the server explains a malformed amount next to the field
  const left = BigInt(remaining);
  if (parsed.vnd <= left) return null;
  return t("overTheEnvelope", { approved: formatMoney(parsed.vnd), left: formatMoney(left) });
}
