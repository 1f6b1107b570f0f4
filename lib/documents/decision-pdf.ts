import type { DecisionDocument } from "@/lib/decisions/queries";
import { signatureHeading } from "@/lib/decisions/numbering";
import { formatDateTime } from "@/lib/dates";
import { MARGIN, PageWriter } from "@/lib/documents/pdf-layout";
import { signPdf } from "@/lib/signing/sign-pdf";
import { signingIdentity } from "@/lib/signing/signer";

// The decision (or return notice) as a signed PDF in the layout of Decree 30/2020/NĐ-CP (Phụ lục I, mẫu 1.4
// quyết định cá biệt): governing body over issuing body, number, motto block, place and date, title and trích
// yếu, the issuer's title, căn cứ (the instruments actually applied), "QUYẾT ĐỊNH:", articles ending with the
// execution article, "Nơi nhận", the signer's title with KT./TL./TUQ. as delegated, then the digital signature.

function vnDateLine(iso: string, place: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).formatToParts(new Date(iso));
  const p = (t: string) => parts.find((x) => x.type === t)?.value ?? "";
  return `${place}, ngày ${p("day")} tháng ${p("month")} năm ${p("year")}`;
}

function issuer(d: DecisionDocument): { governing: string | null; body: string; place: string; head: string } {
  if (/\.G12\b|G12$/.test(d.number)) return { governing: null, body: "BỘ CÔNG THƯƠNG", place: "Hà Nội", head: "BỘ TRƯỞNG BỘ CÔNG THƯƠNG" };
  const province = (d.provinceName ?? "").replace(/^(tỉnh|thành phố|Tỉnh|Thành phố)\s+/, "");
  const body = d.agencyName.replace(/\s+(tỉnh|thành phố)\s+.*$/i, "").toUpperCase();
  return { governing: province ? `UBND TỈNH ${province.toUpperCase()}` : null, body, place: province || "……", head: `GIÁM ĐỐC ${body}` };
}

/** The public verification of an issued file: its short code, the address of /xac-thuc/<code>, a QR code (PNG). */
export type Verification = { code: string; url: string; qrPng: Uint8Array };

export async function renderDecisionPdf(d: DecisionDocument, verification?: Verification): Promise<Buffer> {
  const w = await PageWriter.create(d.title);
  const who = issuer(d);
  const colW = w.width * 0.4;
  const rightX = MARGIN.left + w.width * 0.4;
  const rightW = w.width * 0.6;
  const top = w.y;
  // Left column: governing body, issuing body (bold, underlined), number.
  if (who.governing) w.text(who.governing, { size: 11.5, align: "center", width: colW, after: 0 });
  w.text(who.body, { size: 11.5, style: "bold", align: "center", width: colW, after: 2 });
  w.rule(MARGIN.left + colW / 2, Math.min(60, w.measure(who.body, "bold", 11.5)));
  w.text(`Số: ${d.number}`, { size: 11.5, align: "center", width: colW });
  const leftBottom = w.y;
  // Right column: national motto block, place and date.
  w.y = top;
  w.text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: 11, style: "bold", align: "center", x: rightX, width: rightW, after: 0 });
  w.text("Độc lập - Tự do - Hạnh phúc", { size: 12, style: "bold", align: "center", x: rightX, width: rightW, after: 2 });
  w.rule(rightX + rightW / 2, w.measure("Độc lập - Tự do - Hạnh phúc", "bold", 12));
  w.text(vnDateLine(d.decidedAt, who.place), { size: 12, style: "italic", align: "center", x: rightX, width: rightW });
  w.y = Math.min(w.y, leftBottom) - 16;

  const isReturn = d.kind === "RETURN";
  w.text(isReturn ? "THÔNG BÁO" : "QUYẾT ĐỊNH", { style: "bold", size: 14, align: "center", after: 0 });
  w.text(isReturn ? "Về việc bổ sung, hoàn thiện hồ sơ đề án khuyến công" : d.kind === "APPROVE" ? "Về việc phê duyệt hỗ trợ đề án khuyến công" : "Về việc không phê duyệt đề án khuyến công", { style: "bold", size: 13, align: "center", after: 14 });

  const p = d.proposal;
  const est = p.establishmentName ?? "đơn vị đề nghị";
  if (!isReturn) {
    w.text(who.head, { style: "bold", size: 13, align: "center", after: 10 });
    for (const g of d.grounds) w.text(`Căn cứ ${g.citation}${g.illustrative && !g.citation.includes("minh họa") ? " (minh họa)" : ""};`, { style: "italic", indent: 28 });
    w.text(`Xét hồ sơ đề án "${p.title}"${p.code ? ` (mã hồ sơ ${p.code})` : ""} của ${est} và kết quả thẩm định,`, { style: "italic", indent: 28, after: 10 });
    w.text("QUYẾT ĐỊNH:", { style: "bold", size: 14, align: "center", after: 10 });
    const fund = p.fund === "KCQG" ? "khuyến công quốc gia" : "khuyến công địa phương";
    if (d.kind === "APPROVE") {
      w.text(`Điều 1. Phê duyệt hỗ trợ đề án "${p.title}"${p.code ? `, mã hồ sơ ${p.code}` : ""}, của ${est}${p.establishmentAddress ? ` (${p.establishmentAddress})` : ""}, từ kinh phí ${fund} năm ${p.year}, mức hỗ trợ ${p.supportFigures} (Bằng chữ: ${p.supportWords}).`, { indent: 28 });
    } else {
      w.text(`Điều 1. Không phê duyệt hỗ trợ đề án "${p.title}"${p.code ? `, mã hồ sơ ${p.code}` : ""}, của ${est}, từ kinh phí ${fund} năm ${p.year}.`, { indent: 28 });
    }
    w.text(`Điều 2. Lý do: ${d.reason}`, { indent: 28 });
    w.text(`Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, các phòng, đơn vị có liên quan và ${est} chịu trách nhiệm thi hành Quyết định này./.`, { indent: 28, after: 12 });
  } else {
    w.text(`Kính gửi: ${est}.`, { indent: 28, after: 6 });
    w.text(`Hồ sơ đề án "${p.title}"${p.code ? ` (mã hồ sơ ${p.code})` : ""} cần được bổ sung, hoàn thiện. Lý do: ${d.reason}`, { indent: 28 });
    (d.supplement?.items ?? []).forEach((item, i) => w.text(`${i + 1}. ${item}`, { indent: 42 }));
    if (d.supplement) w.text(`Thời hạn nộp bổ sung: trước ngày ${d.supplement.deadline.slice(8, 10)}/${d.supplement.deadline.slice(5, 7)}/${d.supplement.deadline.slice(0, 4)}./.`, { indent: 28, after: 12 });
  }

  // Nơi nhận (left) and the signature block (right), with the visible digital signature.
  const principal = d.onBehalfOfName ? (d.principalTitle ?? "Giám đốc") : null;
  w.room(190);
  const blockTop = w.y;
  w.text("Nơi nhận:", { style: "boldItalic", size: 12, width: w.width * 0.45, after: 0 });
  w.text(`- ${est};`, { size: 11, width: w.width * 0.45, after: 0 });
  w.text("- Lưu: VT, hồ sơ đề án.", { size: 11, width: w.width * 0.45, after: 0 });
  if (verification) {
    const img = await w.doc.embedPng(verification.qrPng);
    const size = 64;
    w.page.drawImage(img, { x: MARGIN.left, y: w.y - size - 8, width: size, height: size });
    w.y -= size + 12;
    w.text(`Mã xác thực: ${verification.code}`, { style: "bold", size: 9, width: w.width * 0.45, after: 0 });
    w.text(`Tra cứu: ${verification.url}`, { size: 8, width: w.width * 0.45, after: 0 });
  }
  w.y = blockTop;
  const sx = MARGIN.left + w.width * 0.45;
  const sw = w.width * 0.55;
  w.text(principal ? signatureHeading(d.signMode, principal) : (d.signerTitle ?? "NGƯỜI KÝ").toUpperCase(), { style: "bold", size: 13, align: "center", x: sx, width: sw, after: 0 });
  if (principal && d.signerTitle) w.text(d.signerTitle.toUpperCase(), { style: "bold", size: 13, align: "center", x: sx, width: sw, after: 0 });
  const id = signingIdentity();
  const signedAt = new Date();
  const rect: [number, number, number, number] = [sx + 20, w.y - 62, sx + sw - 20, w.y - 6];
  w.box(rect, [
    "Đã ký số",
    `Người ký: ${d.signerName}`,
    `Chứng thư: ${id.subject}`.slice(0, 70),
    `Thời gian: ${formatDateTime(signedAt)}`,
  ]);
  w.y = rect[1] - 10;
  w.text(d.signerName, { style: "bold", size: 13, align: "center", x: sx, width: sw });
  if (id.demo) w.footer("BẢN THỬ NGHIỆM — ký bằng chứng thư của CA thử nghiệm, không có giá trị pháp lý.");
  return signPdf(w.doc, w.page, { reason: d.title, location: who.place, name: d.signerName, contactInfo: who.body, rect }, signedAt);
}
