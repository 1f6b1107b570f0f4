import type { DecisionDocument } from "@/lib/decisions/queries";
import { signatureHeading } from "@/lib/decisions/numbering";
import { MARGIN, PageWriter } from "@/lib/documents/pdf-layout";
import {
  agencyIssuer,
  finishAndSign,
  heading,
  recipientsBlock,
  signatureBlock,
  vnDateLine,
  type Verification,
} from "@/lib/documents/decree30";

// The decision (or return notice) as a signed PDF in the layout of Decree 30/2020/NĐ-CP (Phụ lục I, mẫu 1.4
// quyết định cá biệt): governing body over issuing body, number, motto block, place and date, title and trích
// yếu, the issuer's title, căn cứ (the instruments actually applied), "QUYẾT ĐỊNH:", articles ending with the
// execution article, "Nơi nhận", the signer's title with KT./TL./TUQ. as delegated, then the digital signature.

export type { Verification } from "@/lib/documents/decree30";

export async function renderDecisionPdf(d: DecisionDocument, verification?: Verification): Promise<Buffer> {
  const w = await PageWriter.create(d.title);
  const who = agencyIssuer(d.agencyName, d.provinceName, d.issuedByMinistry);
  heading(w, who, `Số: ${d.number}`, vnDateLine(d.decidedAt, who.place));

  const isReturn = d.kind === "RETURN";
  w.text(isReturn ? "THÔNG BÁO" : "QUYẾT ĐỊNH", { style: "bold", size: 14, align: "center", after: 0 });
  w.text(
    isReturn
      ? "Về việc bổ sung, hoàn thiện hồ sơ đề án khuyến công"
      : d.kind === "APPROVE"
        ? "Về việc phê duyệt hỗ trợ đề án khuyến công"
        : "Về việc không phê duyệt đề án khuyến công",
    { style: "bold", size: 13, align: "center", after: 14 },
  );

  const p = d.proposal;
  const est = p.establishmentName ?? "đơn vị đề nghị";
  if (!isReturn) {
    w.text(who.head, { style: "bold", size: 13, align: "center", after: 10 });
    for (const g of d.grounds)
      w.text(`Căn cứ ${g.citation}${g.illustrative && !g.citation.includes("minh họa") ? " (minh họa)" : ""};`, {
        style: "italic",
        indent: 28,
      });
    w.text(`Xét hồ sơ đề án "${p.title}"${p.code ? ` (mã hồ sơ ${p.code})` : ""} của ${est} và kết quả thẩm định,`, {
      style: "italic",
      indent: 28,
      after: 10,
    });
    w.text("QUYẾT ĐỊNH:", { style: "bold", size: 14, align: "center", after: 10 });
    const fund = p.fund === "KCQG" ? "khuyến công quốc gia" : "khuyến công địa phương";
    if (d.kind === "APPROVE") {
      w.text(
        `Điều 1. Phê duyệt hỗ trợ đề án "${p.title}"${p.code ? `, mã hồ sơ ${p.code}` : ""}, của ${est}${p.establishmentAddress ? ` (${p.establishmentAddress})` : ""}, từ kinh phí ${fund} năm ${p.year}, mức hỗ trợ ${p.supportFigures} (Bằng chữ: ${p.supportWords}).`,
        { indent: 28 },
      );
    } else {
      w.text(
        `Điều 1. Không phê duyệt hỗ trợ đề án "${p.title}"${p.code ? `, mã hồ sơ ${p.code}` : ""}, của ${est}, từ kinh phí ${fund} năm ${p.year}.`,
        { indent: 28 },
      );
    }
    w.text(`Điều 2. Lý do: ${d.reason}`, { indent: 28 });
    w.text(
      `Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, các phòng, đơn vị có liên quan và ${est} chịu trách nhiệm thi hành Quyết định này./.`,
      { indent: 28, after: 12 },
    );
  } else {
    w.text(`Kính gửi: ${est}.`, { indent: 28, after: 6 });
    w.text(
      `Hồ sơ đề án "${p.title}"${p.code ? ` (mã hồ sơ ${p.code})` : ""} cần được bổ sung, hoàn thiện. Lý do: ${d.reason}`,
      { indent: 28 },
    );
    (d.supplement?.items ?? []).forEach((item, i) => w.text(`${i + 1}. ${item}`, { indent: 42 }));
    if (d.supplement)
      w.text(
        `Thời hạn nộp bổ sung: trước ngày ${d.supplement.deadline.slice(8, 10)}/${d.supplement.deadline.slice(5, 7)}/${d.supplement.deadline.slice(0, 4)}./.`,
        { indent: 28, after: 12 },
      );
  }

  // Nơi nhận (left) and the signature block (right), with the visible digital signature.
  const principal = d.onBehalfOfName ? (d.principalTitle ?? "Giám đốc") : null;
  w.room(190);
  const blockTop = w.y;
  await recipientsBlock(w, [`${est};`, "Lưu: VT, hồ sơ đề án."], verification, w.width * 0.45);
  w.y = blockTop;
  const sx = MARGIN.left + w.width * 0.45;
  const sw = w.width * 0.55;
  const headingLines = principal
    ? [signatureHeading(d.signMode, principal), ...(d.signerTitle ? [d.signerTitle.toUpperCase()] : [])]
    : [(d.signerTitle ?? "NGƯỜI KÝ").toUpperCase()];
  const signedAt = new Date();
  const spot = signatureBlock(w, { x: sx, width: sw, heading: headingLines, signerName: d.signerName }, signedAt);
  return finishAndSign(
    w,
    spot,
    { reason: d.title, location: who.place, name: d.signerName, contactInfo: who.body },
    signedAt,
  );
}
