import { formatDateTime } from "@/lib/dates";
import type { PDFPage } from "pdf-lib";
import { MARGIN, type PageWriter } from "@/lib/documents/pdf-layout";
import type { Issuer } from "@/lib/documents/issuer";
import { signPdf } from "@/lib/signing/sign-pdf";
import { signingIdentity } from "@/lib/signing/signer";

// The pieces every issued document shares (Decree 30/2020/NĐ-CP, Phụ lục I): the heading with the governing
// body over the issuing body and the number on the left, the national motto and the place and date on the
// right; "Nơi nhận" with the public verification (QR code and short code); the signer's block with the
// visible digital signature; the PAdES signature itself. decision-pdf.ts and documents-pdf.ts use them.

export { agencyIssuer, dayWords, officialHeading, vnDateLine, type Issuer } from "@/lib/documents/issuer";

/** The public verification of an issued file: its short code, the address of /xac-thuc/<code>, a QR code (PNG). */
export type Verification = { code: string; url: string; qrPng: Uint8Array };

/** The heading: issuer and number (left), motto and place-date (right); leaves the pen under both. */
export function heading(w: PageWriter, who: Issuer, numberLine: string | null, dateLine: string): void {
  const colW = w.width * 0.4;
  const rightX = MARGIN.left + w.width * 0.4;
  const rightW = w.width * 0.6;
  const top = w.y;
  if (who.governing) w.text(who.governing, { size: 11.5, align: "center", width: colW, after: 0 });
  w.text(who.body, { size: 11.5, style: "bold", align: "center", width: colW, after: 2 });
  w.rule(MARGIN.left + colW / 2, Math.min(60, w.measure(who.body, "bold", 11.5)));
  if (numberLine) {
    // A long number and symbol ("01/2026/HĐHT-000.00.20.H45") stays on one line: a smaller size, not a wrap.
    let size = 11.5;
    while (size > 8 && w.measure(numberLine, "regular", size) > colW - 4) size -= 0.5;
    w.text(numberLine, { size, align: "center", width: colW });
  }
  const leftBottom = w.y;
  w.y = top;
  w.text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {
    size: 11,
    style: "bold",
    align: "center",
    x: rightX,
    width: rightW,
    after: 0,
  });
  w.text("Độc lập - Tự do - Hạnh phúc", {
    size: 12,
    style: "bold",
    align: "center",
    x: rightX,
    width: rightW,
    after: 2,
  });
  w.rule(rightX + rightW / 2, w.measure("Độc lập - Tự do - Hạnh phúc", "bold", 12));
  w.text(dateLine, { size: 12, style: "italic", align: "center", x: rightX, width: rightW });
  w.y = Math.min(w.y, leftBottom) - 16;
}

/** The motto alone, centred (a contract between two parties has no single issuing body on top). */
export function mottoHeading(w: PageWriter): void {
  w.text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: 12, style: "bold", align: "center", after: 0 });
  w.text("Độc lập - Tự do - Hạnh phúc", { size: 13, style: "bold", align: "center", after: 2 });
  w.rule(MARGIN.left + w.width / 2, w.measure("Độc lập - Tự do - Hạnh phúc", "bold", 13));
  w.y -= 12;
}

/** "Nơi nhận:" lines in the left column, then the QR code and short code of the issued file. */
export async function recipientsBlock(
  w: PageWriter,
  recipients: string[],
  verification: Verification | undefined,
  width: number,
): Promise<void> {
  if (recipients.length) {
    w.text("Nơi nhận:", { style: "boldItalic", size: 12, width, after: 0 });
    for (const r of recipients) w.text(`- ${r}`, { size: 11, width, after: 0 });
  }
  await verificationBlock(w, verification, MARGIN.left, width);
}

/** The QR code to /xac-thuc/<code> with the short code and the address written out. */
export async function verificationBlock(
  w: PageWriter,
  verification: Verification | undefined,
  x: number,
  width: number,
): Promise<void> {
  if (!verification) return;
  const img = await w.doc.embedPng(verification.qrPng);
  const size = 64;
  w.room(size + 40);
  w.page.drawImage(img, { x, y: w.y - size - 8, width: size, height: size });
  w.y -= size + 12;
  w.text(`Mã xác thực: ${verification.code}`, { style: "bold", size: 9, x, width, after: 0 });
  w.text(`Tra cứu: ${verification.url}`, { size: 8, x, width, after: 0 });
}

export type SignatureBlock = { x: number; width: number; heading: string[]; signerName: string; note?: string };

/**
 * The signer's block at [x, x + width]: the title lines (KT./TL./TUQ. above when delegated), the visible
 * digital-signature box, the signer's name. Returns the box's page and rectangle for the signature field.
 */
export type SignatureSpot = { page: PDFPage; rect: [number, number, number, number] };

export function signatureBlock(w: PageWriter, b: SignatureBlock, signedAt: Date): SignatureSpot {
  for (const line of b.heading)
    w.text(line, { style: "bold", size: 13, align: "center", x: b.x, width: b.width, after: 0 });
  if (b.note) w.text(b.note, { style: "italic", size: 11, align: "center", x: b.x, width: b.width, after: 0 });
  const id = signingIdentity();
  const rect: [number, number, number, number] = [b.x + 14, w.y - 62, b.x + b.width - 14, w.y - 6];
  w.box(rect, [
    "Đã ký số",
    `Người ký: ${b.signerName}`,
    `Chứng thư: ${id.subject}`,
    `Thời gian: ${formatDateTime(signedAt)}`,
  ]);
  const page = w.page;
  w.y = rect[1] - 10;
  w.text(b.signerName, { style: "bold", size: 13, align: "center", x: b.x, width: b.width });
  return { page, rect };
}

/** A party's unsigned block (the other party signs its own copy, or counter-signs the PDF). */
export function unsignedBlock(w: PageWriter, x: number, width: number, heading: string[], name: string | null): void {
  for (const line of heading) w.text(line, { style: "bold", size: 13, align: "center", x, width, after: 0 });
  w.text("(Ký, ghi rõ họ tên, đóng dấu)", { style: "italic", size: 11, align: "center", x, width, after: 0 });
  w.y -= 62;
  if (name) w.text(name, { style: "bold", size: 13, align: "center", x, width });
}

/** The demo CA's mark on the page, then the PAdES signature over the whole file. */
export function finishAndSign(
  w: PageWriter,
  spot: SignatureSpot,
  info: { reason: string; location: string; name: string; contactInfo: string },
  signedAt: Date,
): Promise<Buffer> {
  if (signingIdentity().demo)
    w.footer("BẢN THỬ NGHIỆM — ký bằng chứng thư của CA thử nghiệm, không có giá trị pháp lý.");
  return signPdf(w.doc, spot.page, { ...info, rect: spot.rect }, signedAt);
}
