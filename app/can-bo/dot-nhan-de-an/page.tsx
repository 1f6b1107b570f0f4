import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/dates";
import { getCallFormOptions, listCalls } from "@/lib/notifications/call-queries";
import { openCallAction } from "@/lib/notifications/call-actions";
import { Card, PageHeader } from "@/components/ui/card";
import { ActionForm, type FormFieldSpec } from "@/components/implementation/action-form";
import { todayIso } from "@/components/funding/money";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.canBo.dotNhanDeAn.page")("callsForProposals") };
}

/** Calls for proposals (đợt): opening one alerts the applicants whose subscription matches (issue 17). */
export default async function CallsPage() {
  const actor = await requireActor("plan.compose");
  const locale = await getLocale();
  const t = translator(locale, "app.canBo.dotNhanDeAn.page");
  const [calls, options] = await Promise.all([listCalls(actor), getCallFormOptions(actor)]);
  const fields: FormFieldSpec[] = [
    {
      name: "name",
      label: t("nameOfTheCall"),
      required: true,
      hint: t("eGCall1Of"),
    },
    {
      name: "opensAt",
      label: t("openFrom"),
      type: "date",
      defaultValue: todayIso(),
      required: true,
    },
    { name: "closesAt", label: t("untilTheEndOf"), type: "date", required: true },
    {
      name: "activityCodes",
      label: t("activityContentsNoneAllHold"),
      type: "select",
      multiple: true,
      options: options.activities,
    },
    {
      name: "communeIds",
      label: t("communesNoneTheWholeProvince"),
      type: "select",
      multiple: true,
      options: options.communes,
    },
    {
      name: "industries",
      label: t("industriesCommaSeparatedNoneAll"),
    },
  ];
  return (
    <div>
      <PageHeader title={t("callsForProposals")} subtitle={t("openACallApplicantsSubscribed")} />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title={t("callsOpened")}>
            {calls.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noCallYetOpenThe")}</p>
            ) : (
              <table className="w-full text-sm" data-testid="calls">
                <thead>
                  <tr className="text-left">
                    <th scope="col">{t("call")}</th>
                    <th scope="col">{t("period")}</th>
                    <th scope="col">{t("scope")}</th>
                    <th scope="col">{t("alerted")}</th>
                  </tr>
                </thead>
                <tbody>
                  {calls.map((c) => (
                    <tr key={c.id} className="border-t align-top">
                      <td className="py-2 font-medium">
                        {c.name}
                        {c.closed ? <span className="ml-2 text-xs text-slate-500">({t("closed")})</span> : null}
                      </td>
                      <td className="py-2">
                        {formatDate(c.opensAt)} – {formatDate(c.closesAt)}
                      </td>
                      <td className="py-2">
                        {[
                          c.activities.join(", ") || t("anyContent"),
                          c.industries.join(", ") || t("anyIndustry"),
                          c.communes.join(", ") || t("wholeProvince"),
                        ].join(" · ")}
                      </td>
                      <td className="py-2">{c.alerted}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Card>
        </div>
        <Card title={t("openACall")}>
          <ActionForm
            action={openCallAction}
            fields={fields}
            submitLabel={t("openAndAlertApplicants")}
            testId="open-call-form"
            locale={locale}
            confirm={t("openTheCallMatchingApplicants")}
          />
        </Card>
      </div>
    </div>
  );
}
