"use client";

import { useActionState } from "react";
import { addToPlanAction, approvePlanAction } from "@/lib/plans/actions";
import { initialFormState } from "@/lib/form-state";
import { Field, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmSubmit } from "@/components/decisions/confirm-submit";
import type { Locale } from "@/lib/i18n/locale";
import { ValidatedForm } from "@/components/forms/validated-form";
import { useTranslations } from "next-intl";

type Candidate = {
  id: string;
  code: string | null;
  title: string;
  establishmentName: string | null;
  requested: string;
};

/** Recommended đề án not yet in the plan: tick and add them to a batch. */
export function AddCandidatesForm({
  planId,
  candidates,
  batches,
  locale,
}: {
  planId: string;
  candidates: Candidate[];
  batches: Array<{ id: string; name: string }>;
  locale: Locale;
}) {
  const t = useTranslations("components.plans.composer");
  const [state, action] = useActionState(addToPlanAction, initialFormState);
  if (candidates.length === 0) return <p className="text-sm text-slate-600">{t("noProjectRecommendedForSupport")}</p>;
  return (
    <ValidatedForm action={action} state={state} className="space-y-2" data-testid="add-candidates">
      <FormMessage state={state} />
      <input type="hidden" name="planId" value={planId} />
      <ul className="divide-y divide-slate-100">
        {candidates.map((c) => (
          <li key={c.id}>
            <label className="flex min-h-11 items-center gap-3 py-1 text-sm">
              <input type="checkbox" name="proposalIds" value={c.id} className="h-5 w-5" />
              <span className="grow">
                {c.title}
                <span className="block text-xs text-slate-600">
                  {c.code} · {c.establishmentName}
                </span>
              </span>
              <span className="tabular-nums">{c.requested}</span>
            </label>
          </li>
        ))}
      </ul>
      <label htmlFor="batchId" className="block text-sm font-semibold">
        {t("intoBatch")}
      </label>
      <select id="batchId" name="batchId" className={inputClass}>
        {batches.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
      <SubmitButton locale={locale}>{t("addToThePlan")}</SubmitButton>
    </ValidatedForm>
  );
}

/** The province's decision number and date approve the plan and every đề án waiting in it. */
export function ApprovePlanForm({
  planId,
  pending,
  delegations,
  mayApproveDirectly,
  fits,
  locale,
}: {
  planId: string;
  pending: number;
  delegations: Array<{ id: string; label: string }>;
  mayApproveDirectly: boolean;
  fits: boolean;
  locale: Locale;
}) {
  const t = useTranslations("components.plans.composer");
  const [state, action] = useActionState(approvePlanAction, initialFormState);
  const v = state.values ?? {};
  return (
    <ValidatedForm action={action} state={state} data-testid="approve-plan">
      <FormMessage state={state} />
      <input type="hidden" name="planId" value={planId} />
      <Field
        name="decisionNo"
        label={t("numberOfTheProvincialPeople")}
        placeholder="427/QĐ-UBND"
        required
        defaultValue={v.decisionNo}
        errors={state.fieldErrors?.decisionNo}
      />
      <Field
        name="decisionDate"
        label={t("decisionDate")}
        type="date"
        required
        defaultValue={v.decisionDate}
        errors={state.fieldErrors?.decisionDate}
      />
      {delegations.length > 0 && (
        <div className="mb-4">
          <label htmlFor="plan-delegation" className="block text-sm font-semibold">
            {t("signAs")}
          </label>
          <select
            id="plan-delegation"
            name="delegationId"
            className={inputClass}
            defaultValue={v.delegationId ?? (mayApproveDirectly ? "" : delegations[0]?.id)}
          >
            {mayApproveDirectly && <option value="">{t("signDirectly")}</option>}
            {delegations.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {!fits && <p className="mb-2 text-sm font-semibold text-red-700">{t("theTotalRequestedExceedsWhat")}</p>}
      <ConfirmSubmit
        title={t("approveThePlan")}
        locale={locale}
        body={<p>{t("pendingWillBeApprovedAnd", { pending })}</p>}
      >
        {t("approveThePlan2")}
      </ConfirmSubmit>
    </ValidatedForm>
  );
}
