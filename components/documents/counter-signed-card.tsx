"use client";

import { useActionState } from "react";
import { uploadCounterSignedAction } from "@/lib/documents/actions";
import type { CounterSignedDto } from "@/lib/documents/counter-signed";
import { initialFormState } from "@/lib/form-state";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

/** The contract signed by both parties: uploaded as a signed PDF, checked by the portal, listed with the check. */
export function CounterSignedCard({
  proposalId,
  page,
  items,
  fileBase,
  locale,
}: {
  proposalId: string;
  page: string;
  items: CounterSignedDto[];
  fileBase: string;
  locale: Locale;
}) {
  const t = useTranslations("components.documents.counterSignedCard");
  const [state, action] = useActionState(uploadCounterSignedAction.bind(null, proposalId, page), initialFormState);
  const when = (iso: string) =>
    new Date(iso).toLocaleString(t("enGb"), {
      timeZone: "Asia/Ho_Chi_Minh",
      dateStyle: "short",
      timeStyle: "short",
    });
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4" data-testid="counter-signed">
      <h2 className="mb-2 text-lg font-semibold">{t("contractSignedByBothParties")}</h2>
      {items.length > 0 ? (
        <ul className="mb-3 space-y-2 text-sm">
          {items.map((d) => (
            <li key={d.documentId} className="rounded-md bg-green-50 p-2 text-green-950">
              <a className="font-semibold underline" href={`${fileBase}/${d.documentId}`}>
                {d.fileName}
              </a>
              <span className="block">
                {t("validSignatureSignedBy")} {d.signer}; {t("certificateIssuedBy")} {d.issuer}
                {d.signedAt ? `; ${t("signedAt")} ${when(d.signedAt)}` : ""}. {t("checkedByThePortalAt")}{" "}
                {when(d.checkedAt)}.
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-3 text-sm text-slate-600">{t("noContractSignedByBoth")}</p>
      )}
      <ValidatedForm action={action} state={state}>
        <FormMessage state={state} />
        <Field
          id="counter-signed-file"
          name="file"
          type="file"
          accept="application/pdf"
          required
          label={t("signedContractPdf")}
          errors={state.fieldErrors?.file}
        />
        <SubmitButton locale={locale}>{t("uploadAndCheckTheSignature")}</SubmitButton>
      </ValidatedForm>
    </section>
  );
}
