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
  return { title: translator(await getLocale(), "app.doanhNghiep.hoSo.id.bienNhan.page")("dossierReceipt") };
}

/** The receipt is a document and stays Vietnamese; the chrome around it follows the locale. */
async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("proposal.viewOwn");
  const { id } = await params;
  const d = await orNotFound(getProposalDetail(actor, id));
  if (!d.code) notFound();
  const locale = await getLocale();
  return (
    <div>
      <p role="status" className="no-print mb-4 rounded-md bg-green-50 p-3 text-green-900">
        {locale === "vi" ? (
          <>
            Đã nộp hồ sơ thành công. Mã hồ sơ của bạn: <b>{d.code}</b>
          </>
        ) : (
          <>
            Your dossier has been submitted. Your dossier code: <b>{d.code}</b>
          </>
        )}
      </p>
      <div className="no-print mb-4 flex flex-wrap gap-2">
        <PrintButton locale={locale} />
        <a
          href={`/doanh-nghiep/ho-so/${d.id}/bien-nhan/bien-nhan.pdf`}
          className={buttonClass("secondary")}
          data-testid="download-pdf"
        >
          {translator(locale, "app.doanhNghiep.hoSo.id.bienNhan.page")("downloadPdfSigned")}
        </a>
        <LinkButton href={`/doanh-nghiep/ho-so/${d.id}`} variant="secondary">
          {translator(locale, "app.doanhNghiep.hoSo.id.bienNhan.page")("trackTheDossier")}
        </LinkButton>
      </div>
      <Receipt d={d} lookupUrl={`${await publicBaseUrl()}/tra-cuu`} />
    </div>
  );
}

export default withMessages(ReceiptPage, ["components.application.printButton"]);
