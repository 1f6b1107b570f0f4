import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { orNotFound } from "@/lib/applications/or-not-found";
import { getOwnAgencyDetails, getOwnHandlingLimit } from "@/lib/agencies/details";
import { updateAgencyDetailsAction, updateHandlingLimitAction } from "@/lib/agencies/actions";
import { Card, PageHeader } from "@/components/ui/card";
import { ActionForm } from "@/components/implementation/action-form";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.quanTri.coQuan.page")("agencyDetailsOnDocuments") };
}

/** What the agency's contracts and minutes print about it (Bên A): representative, address, tax code, treasury account. */
export default async function AgencyDetailsPage() {
  const actor = await requireActor("users.manage");
  const a = await orNotFound(getOwnAgencyDetails(actor));
  const h = await getOwnHandlingLimit(actor);
  const locale = await getLocale();
  const t = translator(locale, "app.quanTri.coQuan.page");
  return (
    <>
      <PageHeader title={t("agencyDetailsOnDocuments")} subtitle={a.name} />
      {a.illustrative && (
        <p
          role="note"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
          data-testid="agency-illustrative"
        >
          {t("theCurrentDetailsAreDemo")}
        </p>
      )}
      <Card title={t("partyAOfTheSupport")}>
        <ActionForm
          action={updateAgencyDetailsAction}
          submitLabel={t("save")}
          testId="agency-details-form"
          locale={locale}
          fields={[
            {
              name: "representativeName",
              label: t("representativeWhoSignsContracts"),
              defaultValue: a.representativeName,
              required: true,
            },
            {
              name: "representativeTitle",
              label: t("title"),
              defaultValue: a.representativeTitle,
              required: true,
            },
            { name: "address", label: t("address"), defaultValue: a.address, required: true },
            {
              name: "taxCode",
              label: t("taxCodeBudgetUnitCode"),
              defaultValue: a.taxCode,
              required: true,
            },
            {
              name: "treasuryAccount",
              label: t("stateTreasuryAccountNumber"),
              defaultValue: a.treasuryAccount,
              required: true,
            },
            {
              name: "treasuryName",
              label: t("treasuryOffice"),
              defaultValue: a.treasuryName,
              required: true,
            },
          ]}
        />
      </Card>
      <Card title={t("handlingTimeLimitOfDossiers")} className="mt-6">
        <p className="mb-3 text-sm text-slate-700">{t("asTheProvinceSPublished")}</p>
        {h.illustrative && (
          <p
            role="note"
            className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
            data-testid="handling-illustrative"
          >
            {t("theCurrentLimitIsIllustrative")}
          </p>
        )}
        <ActionForm
          action={updateHandlingLimitAction}
          submitLabel={t("saveTheLimit")}
          testId="handling-limit-form"
          locale={locale}
          fields={[
            {
              name: "handlingWorkingDays",
              type: "number",
              label: t("workingDays"),
              defaultValue: h.limit === null ? "" : String(h.limit),
              required: true,
            },
            {
              name: "handlingBasis",
              label: t("instrumentNumberDateIssuer"),
              defaultValue: h.illustrative ? "" : h.basis,
              required: true,
            },
          ]}
        />
      </Card>
    </>
  );
}
