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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const [state, action] = useActionState(decideAction, initialFormState);
  const v = state.values ?? {};
  const [kind, setKind] = useState<Kind>((v.decision as Kind) || kinds[0] || "return");
  const e = state.fieldErrors ?? {};
  const needsDelegation = kind !== "return" && !mayDecideDirectly;
  // The approval is checked against the envelope before the irreversible confirmation (issue 13.3).
  const envelopeCheck = (form: HTMLFormElement) => envelopeRefusal(form, envelopeRemaining, locale);
  return (
    <ValidatedForm action={action} state={state} className="space-y-3" data-testid="decision-form">
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      {planYear ? <input type="hidden" name="planYear" value={planYear} /> : null}
      <fieldset>
        <legend className="text-sm font-semibold">{t("Quyết định", "Decision")}</legend>
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
        <Field name="delegationId" label={t("Ký với tư cách", "Sign as")} errors={e.delegationId}>
          <select
            id="f-delegationId"
            name="delegationId"
            defaultValue={v.delegationId ?? (needsDelegation ? delegations[0]?.id : "")}
            className={inputClass}
            required={needsDelegation}
          >
            {(mayDecideDirectly || kind === "return") && (
              <option value="">{t("Ký trực tiếp (thẩm quyền của tôi)", "Sign directly (my own authority)")}</option>
            )}
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
        label={t("Lý do (bắt buộc)", "Reason (required)")}
        required
        minLength={5}
        rows={3}
        defaultValue={v.reason}
        errors={e.reason}
      />
      {kind === "approve" && (
        <Field
          name="approvedSupport"
          label={t("Mức hỗ trợ phê duyệt", "Approved support")}
          defaultValue={v.approvedSupport ?? requestedSupport}
          errors={e.approvedSupport}
          hint={t(
            "Để nguyên bằng mức đề nghị, hoặc nhập mức thấp hơn (ví dụ: 250 triệu).",
            "Leave the requested amount, or enter a lower one (e.g. 250 triệu).",
          )}
        />
      )}
      {kind === "return" && (
        <>
          <TextareaField
            name="items"
            label={t(
              "Tài liệu, nội dung cần bổ sung (mỗi dòng một mục)",
              "Documents or information to supplement (one item per line)",
            )}
            required
            rows={3}
            defaultValue={v.items}
            errors={e.items}
          />
          <Field
            name="deadline"
            type="date"
            label={t("Hạn nộp bổ sung", "Supplement deadline")}
            required
            defaultValue={v.deadline ?? defaultDeadline}
            errors={e.deadline}
          />
        </>
      )}
      {kind === "return" ? (
        <SubmitButton variant="secondary" locale={locale}>
          {t("Gửi yêu cầu bổ sung", "Send the supplement request")}
        </SubmitButton>
      ) : (
        <ConfirmSubmit
          check={kind === "approve" ? envelopeCheck : undefined}
          variant={kind === "approve" ? "primary" : "danger"}
          title={
            kind === "approve"
              ? t("Phê duyệt đề án?", "Approve the proposal?")
              : t("Không phê duyệt đề án?", "Reject the proposal?")
          }
          locale={locale}
          body={
            <p>
              {t(
                "Quyết định sẽ được đánh số, ghi vào hồ sơ và thông báo cho cơ sở. Không thể hoàn tác.",
                "The decision will be numbered, recorded in the dossier and notified to the establishment. This cannot be undone.",
              )}
            </p>
          }
        >
          {LABEL[kind][locale]}
        </ConfirmSubmit>
      )}
    </ValidatedForm>
  );
}

/** Why an approval cannot go through the envelope, or null; the amount is the form's "Mức hỗ trợ phê duyệt". */
function envelopeRefusal(form: HTMLFormElement, remaining: string | null | undefined, locale: Locale): string | null {
  if (remaining === undefined) return null;
  const vi = locale === "vi";
  if (remaining === null)
    return vi
      ? "Chưa có hạn mức kinh phí cho năm và nguồn kinh phí của đề án. Nhập hạn mức ở trang Kế hoạch năm trước khi phê duyệt."
      : "No budget envelope is set for the proposal's year and fund. Set it on the Annual plan page before approving.";
  const input = form.elements.namedItem("approvedSupport");
  const parsed = parseMoney(input instanceof HTMLInputElement ? input.value : "");
  if (!parsed.ok) return null; // the server explains a malformed amount next to the field
  const left = BigInt(remaining);
  if (parsed.vnd <= left) return null;
  return vi
    ? `Vượt hạn mức kinh phí: mức phê duyệt ${formatMoney(parsed.vnd)}, hạn mức còn lại ${formatMoney(left)}. Giảm mức hỗ trợ hoặc điều chỉnh hạn mức ở trang Kế hoạch năm.`
    : `Over the budget envelope: approving ${formatMoney(parsed.vnd)}, ${formatMoney(left)} left. Lower the support or adjust the envelope on the Annual plan page.`;
}
