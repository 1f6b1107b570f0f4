import { ActionForm } from "@/components/implementation/action-form";
import { revokeIssuedAction } from "@/lib/documents/actions";
import type { IssuedState } from "@/lib/documents/issued";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

/** Above a document: "Tải PDF (có ký số)" and, once issued, its verification code — with revoke for a leader. */
export function DocumentToolbar({
  pdfHref,
  locale,
  children,
}: {
  pdfHref: string;
  locale: Locale;
  children?: React.ReactNode;
}) {
  const t = translator(locale, "components.documents.issuedPanel");
  return (
    <div className="no-print mb-4 flex flex-wrap items-center gap-3">
      {children}
      {/* A plain link: the file is made on the server (signed at the first download), never prefetched. */}
      <a
        href={pdfHref}
        className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
        data-testid="download-pdf"
      >
        {t("downloadPdfSigned")}
      </a>
    </div>
  );
}

export function IssuedPanel({
  issued,
  canRevoke,
  page,
  locale,
}: {
  issued: IssuedState | null | undefined;
  canRevoke: boolean;
  page: string;
  locale: Locale;
}) {
  if (!issued) return null;
  const t = translator(locale, "components.documents.issuedPanel");
  return (
    <div className="no-print mb-4 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="issued-file">
      <p>
        {t("verificationCodeOfTheIssued")}:{" "}
        <a className="font-mono font-semibold underline" href={`/xac-thuc/${issued.code}`}>
          {issued.code}
        </a>
        {issued.status === "REVOKED" && <strong className="ml-2 text-red-800">{t("revoked")}</strong>}
        {issued.status === "REPLACED" && <strong className="ml-2 text-amber-800">{t("replaced")}</strong>}
      </p>
      {issued.status === "VALID" && canRevoke && (
        <details className="mt-2">
          <summary className="cursor-pointer">{t("revokeTheIssuedDocument")}</summary>
          <ActionForm
            action={revokeIssuedAction.bind(null, issued.code, page)}
            fields={[{ name: "reason", label: t("reason"), type: "textarea", required: true }]}
            submitLabel={t("revoke")}
            variant="danger"
            locale={locale}
            testId="revoke-issued-form"
            confirm={t("revokeThisDocumentTheVerification")}
          />
        </details>
      )}
    </div>
  );
}
