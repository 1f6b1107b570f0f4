import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "@/lib/i18n/locale";
import { routes } from "@/lib/routes";
import { FEEDBACK_WORKING_DAYS } from "@/lib/feedback/mutations";
import { lookupFeedbackAction, submitFeedbackAction } from "@/lib/feedback/actions";
import { PageHeader } from "@/components/ui/card";
import { FeedbackForm, FeedbackLookup } from "@/components/feedback/feedback-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Phản ánh, kiến nghị" : "Feedback and complaints" };
}

export default async function Page() {
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={t("Phản ánh, kiến nghị", "Feedback and complaints")}
        subtitle={t(
          `Gửi phản ánh về một hồ sơ hoặc về cổng thông tin. Bạn nhận mã để tra cứu; Sở trả lời trong ${FEEDBACK_WORKING_DAYS} ngày làm việc.`,
          `Send feedback about a dossier or the portal. You get a code to follow it; the department answers within ${FEEDBACK_WORKING_DAYS} working days.`,
        )}
      />
      <section aria-labelledby="send">
        <h2 id="send" className="text-lg font-bold">
          {t("Gửi phản ánh", "Send feedback")}
        </h2>
        <FeedbackForm action={submitFeedbackAction} locale={locale} />
      </section>
      <section aria-labelledby="lookup" className="mt-8">
        <h2 id="lookup" className="text-lg font-bold">
          {t("Tra cứu câu trả lời", "Look up the answer")}
        </h2>
        <FeedbackLookup action={lookupFeedbackAction} locale={locale} />
      </section>
      <p className="mt-8">
        <Link className="text-brand-700 underline" href={routes.feedbackPublic}>
          {t("Các câu trả lời đã công khai", "Published answers")}
        </Link>
      </p>
    </div>
  );
}
