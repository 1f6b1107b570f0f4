import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { NotFoundError } from "@/lib/errors";
import { getDecisionDocument } from "@/lib/decisions/queries";
import { DecisionDocument } from "@/components/decisions/decision-document";
import { PrintDocumentButton } from "@/components/decisions/print-document-button";
import { IssuedPanel } from "@/components/documents/issued-panel";
import { issuedFor } from "@/lib/documents/issued";
import { can } from "@/lib/auth/permissions";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.quyetDinh.id.page")("decisionDocument") };
}

/**
 * Printable decision (print or "Save as PDF" from the browser); visible to whoever may see the dossier.
 * The document itself is a legal text and stays Vietnamese; only the chrome around it follows the locale.
 */
async function DecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const d = await getDecisionDocument(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const locale = await getLocale();
  const issued = await issuedFor(actor, id);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center gap-3 no-print">
        <p className="mr-auto text-sm text-slate-600">
          {locale === "vi" ? (
            <>Văn bản số {d.number}. Bản PDF có chữ ký số của cơ quan ban hành.</>
          ) : (
            <>
              Document no. {d.number}. The PDF carries the issuing agency&apos;s digital signature; the document itself
              is issued in Vietnamese.
            </>
          )}
        </p>
        <a
          href={`/quyet-dinh/${d.id}/quyet-dinh.pdf`}
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
          data-testid="download-pdf"
        >
          {translator(locale, "app.quyetDinh.id.page")("downloadPdfSigned")}
        </a>
        <PrintDocumentButton locale={locale} />
      </div>
      <IssuedPanel
        issued={issued}
        canRevoke={can(actor.role, "proposal.decide")}
        page={`/quyet-dinh/${d.id}`}
        locale={locale}
      />
      <DecisionDocument d={d} />
    </>
  );
}

export default withMessages(DecisionPage, ["components.decisions.printDocumentButton"]);
