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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const [state, action] = useActionState(addToPlanAction, initialFormState);
  if (candidates.length === 0)
    return (
      <p className="text-sm text-slate-600">
        {t(
          "Không có đề án nào đã được đề nghị hỗ trợ mà chưa vào kế hoạch.",
          "No project recommended for support is waiting outside a plan.",
        )}
      </p>
    );
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
        {t("Vào đợt", "Into batch")}
      </label>
      <select id="batchId" name="batchId" className={inputClass}>
        {batches.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
      <SubmitButton locale={locale}>{t("Đưa vào kế hoạch", "Add to the plan")}</SubmitButton>
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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const [state, action] = useActionState(approvePlanAction, initialFormState);
  const v = state.values ?? {};
  return (
    <ValidatedForm action={action} state={state} data-testid="approve-plan">
      <FormMessage state={state} />
      <input type="hidden" name="planId" value={planId} />
      <Field
        name="decisionNo"
        label={t(
          "Số quyết định phê duyệt của UBND tỉnh",
          "Number of the Provincial People's Committee's approval decision",
        )}
        placeholder="427/QĐ-UBND"
        required
        defaultValue={v.decisionNo}
        errors={state.fieldErrors?.decisionNo}
      />
      <Field
        name="decisionDate"
        label={t("Ngày quyết định", "Decision date")}
        type="date"
        required
        defaultValue={v.decisionDate}
        errors={state.fieldErrors?.decisionDate}
      />
      {delegations.length > 0 && (
        <div className="mb-4">
          <label htmlFor="plan-delegation" className="block text-sm font-semibold">
            {t("Ký với tư cách", "Sign as")}
          </label>
          <select
            id="plan-delegation"
            name="delegationId"
            className={inputClass}
            defaultValue={v.delegationId ?? (mayApproveDirectly ? "" : delegations[0]?.id)}
          >
            {mayApproveDirectly && <option value="">{t("Ký trực tiếp", "Sign directly")}</option>}
            {delegations.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {!fits && (
        <p className="mb-2 text-sm font-semibold text-red-700">
          {t(
            "Tổng đề nghị vượt hạn mức còn lại: hệ thống sẽ từ chối phê duyệt.",
            "The total requested exceeds what remains of the envelope: the system will refuse the approval.",
          )}
        </p>
      )}
      <ConfirmSubmit
        title={t("Phê duyệt kế hoạch?", "Approve the plan?")}
        locale={locale}
        body={
          <p>
            {locale === "vi"
              ? `${pending} đề án đang chờ sẽ được phê duyệt và cam kết vào hạn mức kinh phí. Không thể hoàn tác.`
              : `${pending} pending ${pending === 1 ? "project" : "projects"} will be approved and committed against the budget envelope. This cannot be undone.`}
          </p>
        }
      >
        {t("Phê duyệt kế hoạch", "Approve the plan")}
      </ConfirmSubmit>
    </ValidatedForm>
  );
}
