import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { formatDate, formatDateTime } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { listDataRequests, listOwnConsents } from "@/lib/privacy/requests";
import { CONSENT_PURPOSE_LABEL, REQUEST_DEADLINE_WORKING_DAYS, REQUEST_KIND_LABEL } from "@/lib/privacy/register";
import { fileDataRequestAction } from "@/lib/privacy/actions";
import { PageHeader } from "@/components/ui/card";
import { RegisterView } from "@/components/privacy/register-view";
import { DataRequestForm } from "@/components/privacy/request-forms";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.taiKhoan.duLieuCaNhan.page")("myPersonalData") };
}

const STATUS = {
  RECEIVED: { vi: "Đang xử lý", en: "In progress" },
  DONE: { vi: "Đã thực hiện", en: "Done" },
  REFUSED: { vi: "Từ chối", en: "Refused" },
} as const;

async function Page() {
  const actor = await requireActor("establishment.manageOwn");
  const locale = await getLocale();
  const t = translator(locale, "app.taiKhoan.duLieuCaNhan.page");
  const [consents, requests] = await Promise.all([listOwnConsents(actor), listDataRequests(actor)]);
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageHeader title={t("myPersonalData")} subtitle={t("underLaw912025Qh15")} />
      <section aria-labelledby="copy">
        <h2 id="copy" className="text-lg font-bold">
          {t("aCopyOfYourData")}
        </h2>
        {actor.establishmentId ? (
          <p className="mt-2 flex flex-wrap gap-4">
            <Link className="text-brand-700 underline" href={routes.account.personalDataReadable}>
              {t("viewEverythingReadablePrintable")}
            </Link>
            <Link className="text-brand-700 underline" href={routes.account.personalDataJson} prefetch={false}>
              {t("downloadMachineReadableJson")}
            </Link>
          </p>
        ) : (
          <p className="mt-2 text-slate-600">{t("noEstablishmentLinkedYetNo")}</p>
        )}
      </section>
      <section aria-labelledby="consents">
        <h2 id="consents" className="text-lg font-bold">
          {t("consentsYouGave")}
        </h2>
        {consents.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("none")}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {consents.map((c) => (
              <li key={c.id}>
                {CONSENT_PURPOSE_LABEL[c.purpose][locale]} — {t("version")} {c.version}, {formatDateTime(c.givenAt)}
                {c.withdrawnAt ? ` — ${t("withdrawn")} ${formatDateTime(c.withdrawnAt)}` : ` — ${t("inForce")}`}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-sm">
          <Link className="text-brand-700 underline" href={routes.enterprise.alertSettings()}>
            {t("changeChannelsWithdrawSmsZalo")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="ask">
        <h2 id="ask" className="text-lg font-bold">
          {t("sendARequest")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {t("theDepartmentAnswersWithinWorking", { REQUEST_DEADLINE_WORKING_DAYS })}
        </p>
        <DataRequestForm action={fileDataRequestAction} locale={locale} />
        {requests.length > 0 && (
          <ul className="mt-4 space-y-2 text-sm">
            {requests.map((r) => (
              <li key={r.id} className="rounded-md border border-slate-200 p-3">
                <strong>{r.code}</strong> · {REQUEST_KIND_LABEL[r.kind][locale]} · {STATUS[r.status][locale]} ·{" "}
                {t("due")} {formatDate(r.dueAt)}
                {r.answer && (
                  <p className="mt-1">
                    {t("answer")}: {r.answer}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="register">
        <h2 id="register" className="text-lg font-bold">
          {t("whatThePortalHoldsAnd")}
        </h2>
        <div className="mt-2">
          <RegisterView locale={locale} />
        </div>
      </section>
    </div>
  );
}

export default withMessages(Page, ["components.privacy.requestForms"]);
