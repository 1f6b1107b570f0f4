import Link from "next/link";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { ActionForm } from "@/components/implementation/action-form";
import { money, todayIso } from "@/components/funding/money";
import { formatDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locale";
import { signContractAction, startWorkAction } from "@/lib/funding/actions";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";
import { translator } from "@/lib/i18n/messages";

export function ContractCard({
  d,
  canManage,
  locale,
}: {
  d: ImplementationDetail;
  canManage: boolean;
  locale: Locale;
}) {
  const t = translator(locale, "components.funding.contractCard");
  const c = d.contract;
  return (
    <Card
      title={t("supportContract")}
      actions={
        c && (
          <div className="flex flex-wrap gap-2">
            <Link href={`/can-bo/thuc-hien/${d.id}/hop-dong`} className={buttonClass("secondary")}>
              {t("viewPrintTheContract")}
            </Link>
            <a
              href={`/can-bo/thuc-hien/${d.id}/hop-dong/hop-dong.pdf`}
              className={buttonClass("secondary")}
              data-testid="contract-pdf"
            >
              {t("downloadPdf")}
            </a>
          </div>
        )
      }
    >
      {c ? (
        <dl className="grid gap-2 text-sm sm:grid-cols-2" data-testid="contract-info">
          <div>
            <dt className="text-slate-600">{t("contractNumber")}</dt>
            <dd className="font-semibold">{c.number}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("signedOn")}</dt>
            <dd>{formatDate(c.signedAt)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("partyA")}</dt>
            <dd>{c.partyA}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("partyB")}</dt>
            <dd>{c.partyB}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("supportAmount")}</dt>
            <dd className="font-semibold">{money(c.amount)}</dd>
          </div>
        </dl>
      ) : d.actions.includes("signContract") && canManage ? (
        <>
          <p className="mb-3 text-sm text-slate-700">
            {t("theProjectWasApprovedWith", { value: money(d.approvedSupport) })}
          </p>
          <ActionForm
            action={signContractAction.bind(null, d.id)}
            submitLabel={t("signTheSupportContract")}
            testId="sign-contract-form"
            locale={locale}
            confirm={t("signTheSupportContractA")}
            fields={[
              {
                name: "signedAt",
                label: t("signedOn"),
                type: "date",
                defaultValue: todayIso(),
                required: true,
              },
              {
                name: "partyA",
                label: t("partyASupportingAgency"),
                defaultValue: d.agencyName,
              },
              {
                name: "partyB",
                label: t("partyBBeneficiary"),
                defaultValue: d.establishment?.name ?? d.implementingUnit ?? "",
              },
              {
                name: "copies",
                label: t("numberOfCopiesEachParty"),
                type: "number",
                min: 2,
                max: 10,
                defaultValue: "4",
              },
            ]}
          />
        </>
      ) : (
        <p className="text-sm text-slate-600">{t("noContractYetTheContract")}</p>
      )}
      {c && d.actions.includes("startWork") && canManage && (
        <div className="mt-4 border-t pt-4">
          <ActionForm
            action={startWorkAction.bind(null, d.id)}
            fields={[]}
            submitLabel={t("startImplementation")}
            variant="secondary"
            testId="start-work-form"
            locale={locale}
          />
        </div>
      )}
    </Card>
  );
}
