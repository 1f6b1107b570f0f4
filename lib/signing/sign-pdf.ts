import { PDFDocument, PDFPage } from "pdf-lib";
import { pdflibAddPlaceholder } from "@signpdf/placeholder-pdf-lib";
import { P12Signer } from "@signpdf/signer-p12";
import signpdf from "@signpdf/signpdf";
import { SUBFILTER_ETSI_CADES_DETACHED } from "@signpdf/utils";
import { signingIdentity } from "@/lib/signing/signer";

export type SignatureInfo = {
  reason: string;
  location: string;
  name: string;
  contactInfo: string;
  rect: [number, number, number, number];
};

/**
 * Adds a PAdES signature field (SubFilter ETSI.CAdES.detached) to the last built page of `doc` and signs
 * the saved file with the configured identity. The caller has drawn the visible signature block at `rect`.
 */
export async function signPdf(doc: PDFDocument, page: PDFPage, info: SignatureInfo, at = new Date()): Promise<Buffer> {
  pdflibAddPlaceholder({
    pdfDoc: doc,
    pdfPage: page,
    reason: info.reason,
    location: info.location,
    name: info.name,
    contactInfo: info.contactInfo,
    signingTime: at,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    widgetRect: info.rect,
    signatureLength: 16_384,
    appName: "Cong khuyen cong",
  });
  const bytes = Buffer.from(await doc.save({ useObjectStreams: false }));
  const id = signingIdentity();
  return signpdf.sign(bytes, new P12Signer(id.p12, { passphrase: id.password }), at);
}
