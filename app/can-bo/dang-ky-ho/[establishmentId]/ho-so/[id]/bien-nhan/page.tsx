import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { getProposalDetail } from "@/lib/applications/queries";
import { orNotFound } from "@/lib/applications/or-not-found";
import { publicBaseUrl } from "@/lib/app-url";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { Receipt } from "@/components/application/receipt";
import { PrintButton } from "@/components/application/print-button";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: translator(
      await getLocale(),
      "app.canBo.dangKyHo.establishmentId.hoSo.id.bienNhan.page",
    )("dossierReceiptAssistedFiling"),
  };
}

/** The receipt is a document handed to the establishment and stays Vietnamese; the chrome around it follows the locale. */
async function AssistedReceiptPage({ params }: { params: Promise<{ establishmentId: string; id: string }> }) {
  const actor = await requireActor("proposal.fileAssisted");
  const { establishmentId, id } = await params;
  const d = await orNotFound(getProposalDetail(actor, id));
  if (!d.code) notFound();
  const locale = await getLocale();
  return (
    <div>
      <p role="status" className="no-print mb-4 rounded-md bg-green-50 p-3 text-green-900">
        {locale === "vi" ? (
          <>
            Đã nộp hồ sơ thay cơ sở. Mã hồ sơ: <b>{d.code}</b> — in và giao biên nhận cho cơ sở.
          </>
        ) : (
          <>
            Dossier filed for the establishment. Dossier code: <b>{d.code}</b> — print the receipt and hand it to the
            establishment.
          </>
        )}
      </p>
      <div className="no-print mb-4 flex flex-wrap gap-2">
        <PrintButton locale={locale} />
        <a
          href={`/can-bo/dang-ky-ho/${establishmentId}/ho-so/${d.id}/bien-nhan/bien-nhan.pdf`}
          className={buttonClass("secondary")}
          data-testid="download-pdf"
        >
          {translator(locale, "app.canBo.dangKyHo.establishmentId.hoSo.id.bienNhan.page")("downloadPdfSigned")}
        </a>
        <LinkButton href={`/can-bo/dang-ky-ho/${establishmentId}/ho-so/${d.id}`} variant="secondary">
          {translator(locale, "app.canBo.dangKyHo.establishmentId.hoSo.id.bienNhan.page")("viewTheDossier")}
        </LinkButton>
      </div>
      <Receipt d={d} lookupUrl={`${await publicBaseUrl()}/tra-cuu`} />
    </div>
  );
}

export default withMessages(AssistedReceiptPage, ["components.application.printButton"]);
