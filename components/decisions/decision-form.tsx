"use client";

import { useActionState, useState } from "react";
import { decideAction } from "@/lib/decisions/actions";
import { initialFormState } from "@/lib/form-state";
import { Field, FieldError, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmSubmit } from "@/components/decisions/confirm-submit";
import type { Locale, Text } from "@/lib/i18n/locale";

export type DelegationChoice = { id: string; label: string };
type Kind = "approve" | "reject" | "return";

const LABEL = {
  approve: { vi: "Phê duyệt", en: "Approve" },
  reject: { vi: "Không phê duyệt", en: "Reject" },
  return: { vi: "Trả lại, yêu cầu bổ sung", en: "Return for supplement" },
} as const satisfies Record<Kind, Text>;

/** Approve / reject / return, each with a mandatory reason; only the kinds the workflow table allows are offered. */
export function DecisionForm({ proposalId, kinds, delegations, mayDecideDirectly, requestedSupport, defaultDeadline, locale }: {
  proposalId: string; kinds: Kind[]; delegations: DelegationChoice[]; mayDecideDirectly: boolean; requestedSupport: string; defaultDeadline: string; locale: Locale;
}) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const [state, action] = useActionState(decideAction, initialFormState);
  const v = state.values ?? {};
  const [kind, setKind] = useState<Kind>((v.decision as Kind) || kinds[0] || "return");
  const e = state.fieldErrors ?? {};
  const needsDelegation = kind !== "return" && !mayDecideDirectly;
  return (
    <form action={action} className="space-y-3" data-testid="decision-form">
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <fieldset>
        <legend className="text-sm font-semibold">{t("Quyết định", "Decision")}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {kinds.map((k) => (
            <label key={k} className="flex min-h-11 items-center gap-2 rounded-md border border-slate-300 px-3">
              <input type="radio" name="decision" value={k} checked={kind === k} onChange={() => setKind(k)} /> {LABEL[k][locale]}
            </label>
          ))}
        </div>
      </fieldset>
      {(delegations.length > 0 || needsDelegation) && (
        <div>
          <label htmlFor="f-delegationId" className="block text-sm font-semibold">{t("Ký với tư cách", "Sign as")}</label>
          <select id="f-delegationId" name="delegationId" defaultValue={v.delegationId ?? (needsDelegation ? delegations[0]?.id : "")} className={inputClass} required={needsDelegation}>
            {(mayDecideDirectly || kind === "return") && <option value="">{t("Ký trực tiếp (thẩm quyền của tôi)", "Sign directly (my own authority)")}</option>}
            {delegations.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
          </select>
          <FieldError errors={e.delegationId} />
        </div>
      )}
      <div>
        <label htmlFor="f-reason" className="block text-sm font-semibold">{t("Lý do (bắt buộc)", "Reason (required)")}</label>
        <textarea id="f-reason" name="reason" required minLength={5} rows={3} defaultValue={v.reason} className={inputClass} aria-invalid={Boolean(e.reason)} />
        <FieldError errors={e.reason} />
      </div>
      {kind === "approve" && (
        <Field name="approvedSupport" label={t("Mức hỗ trợ phê duyệt", "Approved support")} defaultValue={v.approvedSupport ?? requestedSupport} errors={e.approvedSupport}
          hint={t("Để nguyên bằng mức đề nghị, hoặc nhập mức thấp hơn (ví dụ: 250 triệu).", "Leave the requested amount, or enter a lower one (e.g. 250 triệu).")} />
      )}
      {kind === "return" && (
        <>
          <div>
            <label htmlFor="f-items" className="block text-sm font-semibold">{t("Tài liệu, nội dung cần bổ sung (mỗi dòng một mục)", "Documents or information to supplement (one item per line)")}</label>
            <textarea id="f-items" name="items" required rows={3} defaultValue={v.items} className={inputClass} aria-invalid={Boolean(e.items)} />
            <FieldError errors={e.items} />
          </div>
          <Field name="deadline" type="date" label={t("Hạn nộp bổ sung", "Supplement deadline")} required defaultValue={v.deadline ?? defaultDeadline} errors={e.deadline} />
        </>
      )}
      {kind === "return" ? (
        <SubmitButton variant="secondary" locale={locale}>{t("Gửi yêu cầu bổ sung", "Send the supplement request")}</SubmitButton>
      ) : (
        <ConfirmSubmit variant={kind === "approve" ? "primary" : "danger"} title={kind === "approve" ? t("Phê duyệt đề án?", "Approve the proposal?") : t("Không phê duyệt đề án?", "Reject the proposal?")} locale={locale}
          body={<p>{t("Quyết định sẽ được đánh số, ghi vào hồ sơ và thông báo cho cơ sở. Không thể hoàn tác.", "The decision will be numbered, recorded in the dossier and notified to the establishment. This cannot be undone.")}</p>}>
          {LABEL[kind][locale]}
        </ConfirmSubmit>
      )}
    </form>
  );
}
