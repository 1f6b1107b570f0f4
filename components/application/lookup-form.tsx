"use client";

import { useActionState } from "react";
import { lookupAction, type LookupState } from "@/lib/applications/actions";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import type { Locale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/dates";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { Badge } from "@/components/ui/badge";
import { StatusTimeline } from "@/components/timeline/status-timeline";
import { ValidatedForm } from "@/components/forms/validated-form";
import { useTranslations } from "next-intl";

const initial: LookupState = { ok: false };

/** Public look-up by dossier code: status and dates only. */
export function LookupForm({ defaultCode, locale = "vi" }: { defaultCode: string; locale?: Locale }) {
  const t = useTranslations("components.application.lookupForm");
  const [state, action] = useActionState(lookupAction, initial);
  const r = state.result;
  return (
    <div>
      <ValidatedForm
        action={action}
        state={state}
        className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      >
        <FormMessage state={state.ok ? { ok: false } : state} />
        <Field
          name="code"
          label={t("dossierCode")}
          defaultValue={state.values?.code ?? defaultCode}
          errors={state.fieldErrors?.code}
          placeholder="000.00.20.H45-251120-0001"
          autoCapitalize="characters"
          spellCheck={false}
          hint={t("printedOnTheDossierReceipt")}
        />
        <SubmitButton pendingText={t("lookingUp")}>{t("lookUp")}</SubmitButton>
      </ValidatedForm>
      {r && !r.found && (
        <p role="status" className="mt-4 rounded-md bg-amber-50 p-3 text-amber-900" data-testid="lookup-result">
          {t("noDossierHasThisCode")}
        </p>
      )}
      {r?.found && (
        <section
          className="mt-4 rounded-lg border border-slate-200 bg-white p-5"
          data-testid="lookup-result"
          aria-live="polite"
        >
          <h2 className="text-lg font-semibold">
            {t("dossier")} <span className="tabular-nums">{r.code}</span>
          </h2>
          <p className="mt-2">
            {t("status")} <Badge tone={STATUS_INFO[r.status].tone}>{STATUS_INFO[r.status].label[locale]}</Badge>
          </p>
          <dl className="mt-2 grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
            <dt className="text-slate-600">{t("submittedOn")}</dt>
            <dd>{formatDate(r.submittedAt)}</dd>
            <dt className="text-slate-600">{t("lastUpdated")}</dt>
            <dd>{formatDate(r.updatedAt)}</dd>
            {r.decidedAt && (
              <>
                <dt className="text-slate-600">{t("decidedOn")}</dt>
                <dd>{formatDate(r.decidedAt)}</dd>
              </>
            )}
          </dl>
          <h3 className="mb-2 mt-4 font-semibold">{t("processingSteps")}</h3>
          <StatusTimeline items={r.steps.map((s) => ({ at: s.at, toStatus: s.status }))} locale={locale} />
        </section>
      )}
    </div>
  );
}
