import { MARGIN, PageWriter } from "@/lib/documents/pdf-layout";
import {
  finishAndSign,
  heading,
  mottoHeading,
  officialHeading,
  recipientsBlock,
  signatureBlock,
  unsignedBlock,
  verificationBlock,
  vnDateLine,
  type SignatureSpot,
  type Verification,
} from "@/lib/documents/decree30";
import { acceptanceText, contractText, receiptText, settlementText, type DocText } from "@/lib/documents/texts";
import type {
  AcceptanceDocument,
  ContractDocument,
  ReceiptDocument,
  SettlementDocument,
} from "@/lib/documents/queries";

// The contract, acceptance minutes, settlement and submission receipt as signed PDFs (issue 16), in the
// layout of the decision (decision-pdf.ts): Decree 30's heading (or the motto alone for a contract between
// two parties), the words of lib/documents/texts.ts, the signature blocks — the portal's party signs digitally
// with a visible block, the other party's block is left for its own signature — and the QR code to /xac-thuc.

/** Title lines, căn cứ and body of a DocText, on the writer. */
export function writeDocText(w: PageWriter, t: DocText): void {
  t.title.forEach((line, i) =>
    w.text(line, { style: "bold", size: i === 0 ? 14 : 13, align: "center", after: i === t.title.length - 1 ? 12 : 0 }),
  );
  for (const g of t.grounds) w.text(g, { style: "italic", indent: 28 });
  if (t.grounds.length) w.y -= 6;
  for (const b of t.body) {
    if (b.kind === "h") {
      w.room(40);
      w.text(b.text, { style: "bold", after: 2 });
    } else if (b.kind === "p") {
      w.text(b.text, { style: b.style ?? "regular", indent: b.indent ? 28 : 0 });
    } else {
      w.table(b.columns, b.rows);
    }
  }
  w.y -= 8;
}

/** Two signature columns: `unsigned` on one side, the digitally signed block on the other. */
function twoColumns(
  w: PageWriter,
  signedSide: "left" | "right",
  signed: { heading: string[]; name: string },
  unsigned: { heading: string[]; name: string | null },
  at: Date,
): SignatureSpot {
  w.room(170);
  const half = w.width / 2;
  const top = w.y;
  const sx = signedSide === "left" ? MARGIN.left : MARGIN.left + half;
  const ux = signedSide === "left" ? MARGIN.left + half : MARGIN.left;
  const spot = signatureBlock(w, { x: sx, width: half, heading: signed.heading, signerName: signed.name }, at);
  const bottom = w.y;
  w.y = top;
  unsignedBlock(w, ux, half, unsigned.heading, unsigned.name);
  w.y = Math.min(w.y, bottom) - 6;
  return spot;
}

export async function renderContractPdf(c: ContractDocument, verification?: Verification): Promise<Buffer> {
  const w = await PageWriter.create(`Hợp đồng hỗ trợ kinh phí khuyến công số ${c.number}`);
  mottoHeading(w);
  writeDocText(w, contractText(c));
  const at = new Date();
  const signer = c.partyA.representative ?? c.partyA.name;
  const spot = twoColumns(
    w,
    "left",
    { heading: ["ĐẠI DIỆN BÊN A", ...(c.partyA.title ? [c.partyA.title.toUpperCase()] : [])], name: signer },
    {
      heading: ["ĐẠI DIỆN BÊN B", ...(c.partyB.title ? [c.partyB.title.toUpperCase()] : [])],
      name: c.partyB.representative,
    },
    at,
  );
  await verificationBlock(w, verification, MARGIN.left, w.width * 0.6);
  return finishAndSign(
    w,
    spot,
    { reason: `Hợp đồng hỗ trợ số ${c.number}`, location: c.issuer.place, name: signer, contactInfo: c.partyA.name },
    at,
  );
}

export async function renderAcceptancePdf(a: AcceptanceDocument, verification?: Verification): Promise<Buffer> {
  const w = await PageWriter.create(`Biên bản nghiệm thu số ${a.number}`);
  heading(w, a.issuer, `Số: ${a.number}`, vnDateLine(a.acceptedAt, a.issuer.place));
  writeDocText(w, acceptanceText(a));
  const at = new Date();
  const spot = twoColumns(
    w,
    "right",
    {
      heading: ["ĐẠI DIỆN CƠ QUAN NGHIỆM THU", ...(a.signer.title ? [a.signer.title.toUpperCase()] : [])],
      name: a.signer.name,
    },
    { heading: ["ĐẠI DIỆN ĐƠN VỊ THỤ HƯỞNG"], name: a.partyB.representative },
    at,
  );
  await verificationBlock(w, verification, MARGIN.left, w.width * 0.6);
  return finishAndSign(
    w,
    spot,
    {
      reason: `Biên bản nghiệm thu số ${a.number}`,
      location: a.issuer.place,
      name: a.signer.name,
      contactInfo: a.issuer.name,
    },
    at,
  );
}

export async function renderSettlementPdf(s: SettlementDocument, verification?: Verification): Promise<Buffer> {
  const w = await PageWriter.create(`Quyết toán kinh phí khuyến công số ${s.number}`);
  heading(w, s.issuer, `Số: ${s.number}`, vnDateLine(s.settledAt, s.issuer.place));
  writeDocText(w, settlementText(s));
  w.room(190);
  const top = w.y;
  await recipientsBlock(
    w,
    [`${s.partyB.name};`, "Kho bạc Nhà nước nơi giao dịch;", "Lưu: VT, hồ sơ đề án."],
    verification,
    w.width * 0.45,
  );
  const bottom = w.y;
  w.y = top;
  const at = new Date();
  const spot = signatureBlock(
    w,
    {
      x: MARGIN.left + w.width * 0.45,
      width: w.width * 0.55,
      heading: officialHeading(s.signer.title, s.issuer),
      signerName: s.signer.name,
    },
    at,
  );
  w.y = Math.min(w.y, bottom);
  return finishAndSign(
    w,
    spot,
    { reason: `Quyết toán số ${s.number}`, location: s.issuer.place, name: s.signer.name, contactInfo: s.issuer.name },
    at,
  );
}

export async function renderReceiptPdf(
  r: ReceiptDocument,
  lookupUrl: string,
  verification?: Verification,
): Promise<Buffer> {
  const w = await PageWriter.create(`Giấy tiếp nhận hồ sơ ${r.code}`);
  heading(w, r.issuer, `Số: ${r.code}`, vnDateLine(r.submittedAt, r.issuer.place));
  writeDocText(w, receiptText(r, lookupUrl));
  const at = new Date();
  const receiver = r.receivedBy?.name ?? `${r.issuer.name} (tiếp nhận trực tuyến)`;
  const spot = twoColumns(
    w,
    "right",
    {
      heading: ["NGƯỜI TIẾP NHẬN", ...(r.receivedBy?.title ? [r.receivedBy.title.toUpperCase()] : [])],
      name: receiver,
    },
    { heading: ["NGƯỜI NỘP HỒ SƠ"], name: r.applicant.representative },
    at,
  );
  await verificationBlock(w, verification, MARGIN.left, w.width * 0.6);
  return finishAndSign(
    w,
    spot,
    { reason: `Giấy tiếp nhận hồ sơ ${r.code}`, location: r.issuer.place, name: receiver, contactInfo: r.issuer.name },
    at,
  );
}
