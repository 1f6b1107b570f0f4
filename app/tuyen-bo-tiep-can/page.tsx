import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "@/lib/i18n/locale";
import { env } from "@/lib/env";
import { routes } from "@/lib/routes";
import { submitFeedbackAction } from "@/lib/feedback/actions";
import { FEEDBACK_WORKING_DAYS } from "@/lib/feedback/mutations";
import { PageHeader } from "@/components/ui/card";
import { FeedbackForm } from "@/components/feedback/feedback-forms";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

// The accessibility statement (issue 20). What it says is what the repository does: tests/e2e/a11y.spec.ts runs
// axe-core with the WCAG 2.1 A and AA rules on the pages listed there in every CI run and fails on a serious or
// critical violation; the limitations below are the ones known. REVIEWED is the date this text was last checked
// against the code.
const REVIEWED = "04/12/2026";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.tuyenBoTiepCan.page")("accessibilityStatement") };
}

async function Page() {
  const locale = await getLocale();
  const t = translator(locale, "app.tuyenBoTiepCan.page");
  const e = env();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title={t("accessibilityStatement")}
        subtitle={t("isCommittedToMakingThe", { PORTAL_OPERATOR: e.PORTAL_OPERATOR })}
      />
      <section aria-labelledby="level">
        <h2 id="level" className="text-lg font-bold">
          {t("conformance")}
        </h2>
        <p className="mt-1">{t("targetWcag21Level")}</p>
      </section>
      <section aria-labelledby="how">
        <h2 id="how" className="text-lg font-bold">
          {t("howItIsChecked")}
        </h2>
        <ul className="mt-1 list-disc space-y-1 pl-6">
          <li>{t("onEverySoftwareUpdateThe")}</li>
          <li>{t("automatedKeyboardTestsTheMain")}</li>
          <li>{t("notYetTestedByHand")}</li>
        </ul>
      </section>
      <section aria-labelledby="limits">
        <h2 id="limits" className="text-lg font-bold">
          {t("knownLimitations")}
        </h2>
        <ul className="mt-1 list-disc space-y-1 pl-6">
          <li>{t("signedPdfDocumentsDecisionsContracts")}</li>
          <li>{t("dashboardChartsAreImagesTheir")}</li>
          <li>{t("twoStepCodesChangeEvery")}</li>
          <li>{t("englishPagesTranslateTheInterface")}</li>
        </ul>
      </section>
      <section aria-labelledby="report">
        <h2 id="report" className="text-lg font-bold">
          {t("reportABarrier")}
        </h2>
        <p className="mt-1">{t("foundAPageYouCannot", { FEEDBACK_WORKING_DAYS })}</p>
        <FeedbackForm action={submitFeedbackAction} locale={locale} kind="ACCESSIBILITY" idPrefix="a11y" />
        <p className="mt-2 text-sm">
          <Link className="text-brand-700 underline" href={routes.feedback}>
            {t("followFeedbackYouSent")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="date">
        <h2 id="date" className="text-lg font-bold">
          {t("lastReviewed")}
        </h2>
        <p className="mt-1">
          {t("thisStatementWasLastReviewed", { REVIEWED })} {e.PORTAL_OPERATOR} — {e.PORTAL_OPERATOR_PARENT}.{" "}
          {e.PORTAL_OPERATOR_CONTACT}
        </p>
      </section>
    </div>
  );
}

export default withMessages(Page, ["components.feedback.feedbackForms"]);
