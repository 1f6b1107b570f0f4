import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { listDataRequests } from "@/lib/privacy/requests";
import { REQUEST_KIND_LABEL } from "@/lib/privacy/register";
import { answerDataRequestAction } from "@/lib/privacy/actions";
import { PrivacyNav } from "@/components/privacy/privacy-nav";
import { AnswerRequestForm } from "@/components/privacy/request-forms";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.quanTri.duLieuCaNhan.yeuCau.page")("dataSubjectRequests2") };
}

const STATUS = {
  RECEIVED: { vi: "Chờ trả lời", en: "Awaiting answer" },
  DONE: { vi: "Đã thực hiện", en: "Done" },
  REFUSED: { vi: "Từ chối", en: "Refused" },
} as const;

async function Page() {
  const actor = await requireActor("personalData.manage");
  const locale = await getLocale();
  const t = translator(locale, "app.quanTri.duLieuCaNhan.yeuCau.page");
  const rows = await listDataRequests(actor);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t("dataSubjectRequests")}</h1>
      <p className="mt-2 text-slate-700">{t("requestsToAccessCorrectOr")}</p>
      <PrivacyNav locale={locale} current={routes.admin.personalDataRequests} />
      {rows.length === 0 ? (
        <p className="mt-6 text-slate-600">{t("noRequestsYetPeopleSend")}</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {rows.map((r) => (
            <li key={r.id} className={`rounded-md border p-4 ${r.overdue ? "border-red-400" : "border-slate-200"}`}>
              <p className="font-semibold">
                {r.code} · {REQUEST_KIND_LABEL[r.kind][locale]} · {STATUS[r.status][locale]}
              </p>
              <p className="text-sm text-slate-700">
                {r.establishmentId ? (
                  <Link className="text-brand-700 underline" href={routes.admin.personalDataSubject(r.establishmentId)}>
                    {r.establishmentName}
                  </Link>
                ) : (
                  "—"
                )}{" "}
                · {t("received")} {formatDate(r.receivedAt)} · {t("due")} {formatDate(r.dueAt)}
                {r.overdue && <strong className="ml-2 text-red-700">{t("overdue")}</strong>}
              </p>
              <p className="mt-2 whitespace-pre-line">{r.details}</p>
              {r.status === "RECEIVED" ? (
                <AnswerRequestForm id={r.id} action={answerDataRequestAction} locale={locale} />
              ) : (
                <p className="mt-2 text-sm">
                  <strong>{t("answer")}</strong> ({formatDate(r.answeredAt)}): {r.answer}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

export default withMessages(Page, ["components.privacy.requestForms"]);
