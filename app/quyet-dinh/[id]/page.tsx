import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { NotFoundError } from "@/lib/errors";
import { getDecisionDocument } from "@/lib/decisions/queries";
import { DecisionDocument } from "@/components/decisions/decision-document";
import { PrintDocumentButton } from "@/components/decisions/print-document-button";
import { ActionForm } from "@/components/implementation/action-form";
import { issuedFor } from "@/lib/documents/issued";
import { revokeIssuedAction } from "@/lib/documents/actions";
import { can } from "@/lib/auth/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Văn bản quyết định" : "Decision document" };
}

/**
 * Printable decision (print or "Save as PDF" from the browser); visible to whoever may see the dossier.
 * The document itself is a legal text and stays Vietnamese; only the chrome around it follows the locale.
 */
export default async function DecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const d = await getDecisionDocument(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const locale = await getLocale();
  const issued = await issuedFor(actor, id);
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center gap-3 no-print">
        <p className="mr-auto text-sm text-slate-600">{locale === "vi"
          ? <>Văn bản số {d.number}. Bản PDF có chữ ký số của cơ quan ban hành.</>
          : <>Document no. {d.number}. The PDF carries the issuing agency&apos;s digital signature; the document itself is issued in Vietnamese.</>}</p>
        <a href={`/quyet-dinh/${d.id}/quyet-dinh.pdf`} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800" data-testid="download-pdf">
          {locale === "vi" ? "Tải PDF (có ký số)" : "Download PDF (signed)"}
        </a>
        <PrintDocumentButton locale={locale} />
      </div>
      {issued && (
        <div className="mb-4 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm no-print" data-testid="issued-file">
          <p>{t("Mã xác thực của bản PDF đã ban hành", "Verification code of the issued PDF")}: <a className="font-mono font-semibold underline" href={`/xac-thuc/${issued.code}`}>{issued.code}</a>
            {issued.status === "REVOKED" && <strong className="ml-2 text-red-800">{t("(đã thu hồi)", "(revoked)")}</strong>}</p>
          {issued.status === "VALID" && can(actor.role, "proposal.decide") && (
            <details className="mt-2">
              <summary className="cursor-pointer">{t("Thu hồi văn bản đã ban hành", "Revoke the issued document")}</summary>
              <ActionForm action={revokeIssuedAction.bind(null, issued.code, d.id)} fields={[{ name: "reason", label: t("Lý do thu hồi", "Reason"), type: "textarea", required: true }]}
                submitLabel={t("Thu hồi", "Revoke")} variant="danger" locale={locale} testId="revoke-issued-form"
                confirm={t("Thu hồi văn bản này? Trang xác thực sẽ ghi 'Đã bị thu hồi' kèm lý do; không hoàn tác được.", "Revoke this document? The verification page will say so with the reason; this cannot be undone.")} />
            </details>
          )}
        </div>
      )}
      <DecisionDocument d={d} />
    </>
  );
}
