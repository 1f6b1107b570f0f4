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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const [state, action] = useActionState(uploadCounterSignedAction.bind(null, proposalId, page), initialFormState);
  const when = (iso: string) =>
    new Date(iso).toLocaleString(locale === "vi" ? "vi-VN" : "en-GB", {
      timeZone: "Asia/Ho_Chi_Minh",
      dateStyle: "short",
      timeStyle: "short",
    });
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4" data-testid="counter-signed">
      <h2 className="mb-2 text-lg font-semibold">
        {t("Hợp đồng đã ký hai bên (chữ ký số)", "Contract signed by both parties (digital signature)")}
      </h2>
      {items.length > 0 ? (
        <ul className="mb-3 space-y-2 text-sm">
          {items.map((d) => (
            <li key={d.documentId} className="rounded-md bg-green-50 p-2 text-green-950">
              <a className="font-semibold underline" href={`${fileBase}/${d.documentId}`}>
                {d.fileName}
              </a>
              <span className="block">
                {t("Chữ ký hợp lệ — ký bởi", "Valid signature — signed by")} {d.signer};{" "}
                {t("chứng thư do", "certificate issued by")} {d.issuer}
                {d.signedAt ? `; ${t("ký lúc", "signed at")} ${when(d.signedAt)}` : ""}.{" "}
                {t("Cổng kiểm tra lúc", "Checked by the portal at")} {when(d.checkedAt)}.
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-3 text-sm text-slate-600">
          {t(
            "Chưa có bản hợp đồng đã ký hai bên. Tải hợp đồng (PDF) về, ký số, rồi tải lên tại đây: cổng kiểm tra chữ ký, chứng thư và việc tệp không bị sửa sau khi ký.",
            "No contract signed by both parties yet. Download the contract (PDF), sign it digitally and upload it here: the portal checks the signature, the certificate and that the file was not changed after signing.",
          )}
        </p>
      )}
      <ValidatedForm action={action} state={state}>
        <FormMessage state={state} />
        <Field
          id="counter-signed-file"
          name="file"
          type="file"
          accept="application/pdf"
          required
          label={t("Tệp PDF hợp đồng đã ký số", "Signed contract (PDF)")}
          errors={state.fieldErrors?.file}
        />
        <SubmitButton locale={locale}>{t("Tải lên và kiểm tra chữ ký", "Upload and check the signature")}</SubmitButton>
      </ValidatedForm>
    </section>
  );
}
