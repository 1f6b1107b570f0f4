import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "@/lib/i18n/locale";
import { routes } from "@/lib/routes";
import { FEEDBACK_WORKING_DAYS } from "@/lib/feedback/mutations";
import { lookupFeedbackAction, submitFeedbackAction } from "@/lib/feedback/actions";
import { PageHeader } from "@/components/ui/card";
import { FeedbackForm, FeedbackLookup } from "@/components/feedback/feedback-forms";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.phanAnh.page")("feedbackAndComplaints") };
}

async function Page() {
  const locale = await getLocale();
  const t = translator(locale, "app.phanAnh.page");
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={t("feedbackAndComplaints")}
        subtitle={t("sendFeedbackAboutADossier", { FEEDBACK_WORKING_DAYS })}
      />
      <section aria-labelledby="send">
        <h2 id="send" className="text-lg font-bold">
          {t("sendFeedback")}
        </h2>
        <FeedbackForm action={submitFeedbackAction} locale={locale} />
      </section>
      <section aria-labelledby="lookup" className="mt-8">
        <h2 id="lookup" className="text-lg font-bold">
          {t("lookUpTheAnswer")}
        </h2>
        <FeedbackLookup action={lookupFeedbackAction} locale={locale} />
      </section>
      <p className="mt-8">
        <Link className="text-brand-700 underline" href={routes.feedbackPublic}>
          {t("publishedAnswers")}
        </Link>
      </p>
    </div>
  );
}

export default withMessages(Page, ["components.feedback.feedbackForms"]);
