"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { FormContext } from "@/lib/applications/dto";
import { EMPTY_LINE, submitSchemaFor, type DraftData, type DraftLine } from "@/lib/applications/schemas";
import { saveDraftAction, submitApplicationAction } from "@/lib/applications/actions";
import { fieldErrorsOf } from "@/lib/validation";
import { formatDateTime } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locale";
import { Button } from "@/components/ui/button";
import { useAutosave } from "@/components/application/use-autosave";
import { evaluateDraft } from "@/components/application/client-rules";
import { STEPS, Stepper } from "@/components/application/stepper";
import { StepActivity } from "@/components/application/step-activity";
import { StepDetails } from "@/components/application/step-details";
import { BudgetLines } from "@/components/application/budget-lines";
import { StepAttachments } from "@/components/application/step-attachments";
import { StepReview } from "@/components/application/step-review";
import { useTranslations } from "next-intl";

const STEP_FIELDS: Array<(key: string) => boolean> = [
  (k) => k === "activityCategoryId",
  (k) => ["title", "objectives", "communeId", "location", "startDate", "endDate"].includes(k),
  (k) => k === "lines" || k.startsWith("lines."),
  (k) => ["attestCounterpart", "attestNoDoubleFunding", "attachments", "file"].includes(k),
  (k) => k === "_form",
];
const stepOf = (key: string) =>
  Math.max(
    0,
    STEP_FIELDS.findIndex((f) => f(key)),
  );

/** The multi-step application (đề án) form: autosaved draft, live cap check, review, submit. */
export function ApplicationForm({
  ctx,
  editBase,
  locale = "vi",
}: {
  ctx: FormContext;
  editBase: string;
  locale?: Locale;
}) {
  const t = useTranslations("components.application.applicationForm");
  const router = useRouter();
  const [draft, setDraft] = useState<DraftData>(ctx.draft);
  const [documents, setDocuments] = useState(ctx.documents);
  // The form reopens at the step the applicant left it on (saved with the draft, issue 13.6).
  const [step, setStep] = useState(() =>
    ctx.draft.activityCategoryId ? Math.min(Math.max(ctx.draft.step ?? 0, 0), STEPS.length - 1) : 0,
  );
  const [attempted, setAttempted] = useState<Set<number>>(new Set());
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const idRef = useRef<string | null>(ctx.proposalId);
  const topRef = useRef<HTMLDivElement>(null);
  const stepRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const shownStep = useRef(step);
  // Keyboard and screen-reader users land on the step they moved to (not on the button they pressed),
  // and on "Xác nhận nộp" when the confirmation opens.
  useEffect(() => {
    if (shownStep.current !== step) stepRef.current?.focus();
    shownStep.current = step;
  }, [step]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const save = useCallback(
    async (data: DraftData) => {
      const r = await saveDraftAction({
        proposalId: idRef.current,
        establishmentId: ctx.assisted ? ctx.establishment.id : null,
        data,
      });
      if (!r.ok) return { ok: false as const, message: r.message };
      if (!idRef.current) {
        idRef.current = r.data.proposalId;
        window.history.replaceState(null, "", `${editBase}/${r.data.proposalId}/sua`);
      }
      return { ok: true as const, at: r.data.savedAt };
    },
    [ctx.assisted, ctx.establishment.id, editBase],
  );
  const { status, flush, markSaved, dirty } = useAutosave(draft, Boolean(draft.activityCategoryId), save);
  useEffect(() => {
    if (ctx.proposalId) markSaved(ctx.draft);
  }, [ctx.proposalId, ctx.draft, markSaved]);

  const update = useCallback((patch: Partial<DraftData>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setServerErrors({});
  }, []);
  const ops = useMemo(
    () => ({
      updateLine: (i: number, patch: Partial<DraftLine>) =>
        update({ lines: draft.lines.map((l, j) => (j === i ? { ...l, ...patch } : l)) }),
      addLine: () => update({ lines: [...draft.lines, { ...EMPTY_LINE }] }),
      removeLine: (i: number) => update({ lines: draft.lines.filter((_, j) => j !== i) }),
    }),
    [draft.lines, update],
  );

  const hasQuotation = documents.some((d) => d.kind === "QUOTATION");
  const verdict = useMemo(() => evaluateDraft(ctx, draft, hasQuotation), [ctx, draft, hasQuotation]);
  const clientErrors = useMemo(() => {
    const parsed = submitSchemaFor(new Date(ctx.today)).safeParse(draft);
    const out: Record<string, string[]> = parsed.success ? {} : fieldErrorsOf(parsed.error, locale);
    verdict.lines.forEach((l) => {
      if (!l.ok)
        out[`lines.${l.index}.requestedSupport`] = [
          ...(out[`lines.${l.index}.requestedSupport`] ?? []),
          t("overTheMaximumSupportSee"),
        ];
    });
    if (verdict.quotationMissing) out.attachments = [t("attachAtLeastOneSupplier")];
    return out;
  }, [ctx.today, draft, verdict, locale]);
  const visibleErrors = useMemo(() => {
    const out: Record<string, string[]> = { ...serverErrors };
    for (const [k, v] of Object.entries(clientErrors)) if (attempted.has(stepOf(k)) && !out[k]) out[k] = v;
    return out;
  }, [attempted, clientErrors, serverErrors]);
  const stepsWithErrors = new Set(Object.keys(visibleErrors).map(stepOf));

  function goTo(i: number) {
    setStep(i);
    setDraft((d) => (d.step === i ? d : { ...d, step: i }));
    topRef.current?.scrollIntoView({ block: "start" });
  }
  function next() {
    setAttempted((a) => new Set(a).add(step));
    const blocking = Object.keys(clientErrors).some((k) => stepOf(k) === step && !k.endsWith("requestedSupport"));
    if (!blocking) goTo(step + 1);
  }
  async function ensureSaved(): Promise<string | null> {
    await flush();
    return idRef.current;
  }
  async function submit() {
    setSubmitting(true);
    setMessage(null);
    try {
      const saved = await flush();
      if (!saved || !idRef.current) {
        setMessage(t("theDraftCouldNotBe"));
        return;
      }
      const r = await submitApplicationAction({
        proposalId: idRef.current,
        establishmentId: ctx.assisted ? ctx.establishment.id : null,
      });
      if (r.ok) {
        router.push(r.data.receiptUrl);
        return;
      }
      setServerErrors(r.fieldErrors ?? {});
      setAttempted(new Set([0, 1, 2, 3, 4]));
      setMessage(r.message);
      setConfirming(false);
    } finally {
      setSubmitting(false);
    }
  }

  const props = { ctx, draft, update, errors: visibleErrors, locale };
  return (
    <div ref={topRef} className="mx-auto max-w-3xl scroll-mt-4">
      <Stepper current={step} onGo={goTo} withErrors={stepsWithErrors} locale={locale} />
      <p
        className="mb-3 text-sm text-slate-600"
        aria-live="polite"
        data-testid="autosave-status"
        data-dirty={dirty ? "true" : "false"}
      >
        {status.state === "saving" && t("savingTheDraft")}
        {status.state === "saved" && `${t("draftSavedAt")} ${formatDateTime(status.at)}`}
        {status.state === "error" && <span className="text-red-700">{status.message}</span>}
        {status.state === "idle" &&
          (draft.activityCategoryId ? t("theDraftIsSavedAutomatically") : t("chooseTheActivityToStart"))}
      </p>
      {message && (
        <div role="alert" data-testid="form-message" className="mb-4 rounded-md bg-red-50 p-3 text-sm text-red-900">
          {message}
        </div>
      )}
      {visibleErrors._form && (
        <ul className="mb-4 list-disc rounded-md bg-red-50 p-3 pl-8 text-sm text-red-900">
          {visibleErrors._form.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <div
        ref={stepRef}
        tabIndex={-1}
        role="group"
        className="rounded-md outline-none focus-visible:ring-2 focus-visible:ring-brand-700"
        data-testid="form-step"
        aria-label={`${t("step")} ${step + 1}/${STEPS.length}`}
      >
        {step === 0 && (
          <StepActivity
            {...props}
            establishmentProblems={verdict.establishmentProblems}
            priorityReasons={verdict.priority.reasons}
          />
        )}
        {step === 1 && <StepDetails {...props} />}
        {step === 2 && <BudgetLines {...props} verdicts={verdict.lines} ops={ops} />}
        {step === 3 && (
          <StepAttachments {...props} documents={documents} setDocuments={setDocuments} ensureSaved={ensureSaved} />
        )}
        {step === 4 && (
          <StepReview ctx={ctx} draft={draft} verdict={verdict} documents={documents} goTo={goTo} locale={locale} />
        )}
      </div>
      <div className="mt-6 flex flex-wrap gap-3 border-t border-slate-200 pt-4">
        {step > 0 && (
          <Button type="button" variant="secondary" onClick={() => goTo(step - 1)}>
            {t("back")}
          </Button>
        )}
        {step < STEPS.length - 1 && (
          <Button type="button" onClick={next}>
            {t("continue")}
          </Button>
        )}
        {step === STEPS.length - 1 && !confirming && (
          <Button type="button" onClick={() => setConfirming(true)}>
            {t("submitDossier")}
          </Button>
        )}
      </div>
      {step === STEPS.length - 1 && confirming && (
        <div
          className="mt-4 rounded-lg border border-brand-700 bg-brand-50 p-4"
          role="dialog"
          aria-labelledby="confirm-title"
        >
          <p id="confirm-title" className="font-semibold">
            {t("confirmSubmission")}
          </p>
          <p className="mt-1 text-sm">{t("afterSubmissionTheDossierCan")}</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <Button
              ref={confirmRef}
              type="button"
              onClick={() => void submit()}
              disabled={submitting}
              aria-busy={submitting}
            >
              {submitting ? t("submitting") : t("confirmAndSubmit")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={submitting}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
