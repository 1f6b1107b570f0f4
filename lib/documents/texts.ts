import { formatDate } from "@/lib/dates";
import { numberInWords } from "@/lib/money-words";
import type {
  AcceptanceDocument,
  Amount,
  Approval,
  ContractDocument,
  Ground,
  Party,
  ReceiptDocument,
  SettlementDocument,
} from "@/lib/documents/queries";
import { dayWords } from "@/lib/documents/issuer";

// The words of the issued documents (issue 16), as data: the PDF (documents-pdf.ts) and the HTML views
// (components/documents/doc-view.tsx) draw the same text, so what one reads on screen is what is signed.
// Pure: no I/O.

export type Block =
  | { kind: "p"; text: string; style?: "bold" | "italic"; indent?: boolean }
  | { kind: "h"; text: string }
  | {
      kind: "table";
      columns: Array<{ title: string; width: number; align?: "left" | "right" | "center" }>;
      rows: string[][];
    };

export type DocText = {
  /** The document's name and trích yếu, bold and centred under the heading. */
  title: string[];
  /** "Căn cứ …;" lines (italic). */
  grounds: string[];
  body: Block[];
};

const p = (text: string, o: { style?: "bold" | "italic"; indent?: boolean } = {}): Block => ({
  kind: "p",
  text,
  indent: o.indent ?? true,
  style: o.style,
});
const h = (text: string): Block => ({ kind: "h", text });
const date = (iso: string | null) => (iso ? formatDate(iso) : "……");
const orDots = (v: string | null) => (v && v.trim() ? v : "……………");
const fundName = (fund: string) => (fund === "KCQG" ? "khuyến công quốc gia" : "khuyến công địa phương");

/** "Bằng chữ: Hai trăm năm mươi triệu đồng" after the full figures. */
export const inWords = (a: Amount) => `${a.figures} (Bằng chữ: ${a.words})`;

/** "04 (bốn)": a count as contracts write it. */
export function countWords(n: number): string {
  return `${n < 10 ? `0${n}` : n} (${numberInWords(BigInt(n)).toLowerCase()})`;
}

export function groundLine(g: Pick<Ground, "citation" | "illustrative">): string {
  return `Căn cứ ${g.citation}${g.illustrative && !g.citation.includes("minh họa") ? " (minh họa)" : ""};`;
}

export function approvalLine(a: Approval | null): string {
  return a
    ? `Quyết định số ${a.number} ngày ${date(a.date)} của ${a.issuer} về việc ${a.about}`
    : "quyết định phê duyệt đề án của cơ quan có thẩm quyền (chưa ghi nhận số trên cổng)";
}

/** A party's lines: name, representative and title, address, tax code, account — and a flag when illustrative. */
export function partyBlocks(label: string, party: Party, accountKind: "treasury" | "bank"): Block[] {
  return [
    p(`${label}: ${party.name.toUpperCase()}`, { style: "bold", indent: false }),
    p(`Đại diện: ${orDots(party.representative)}${party.title ? ` — Chức vụ: ${party.title}` : ""}`),
    p(`Địa chỉ: ${orDots(party.address)}`),
    p(
      `${accountKind === "treasury" ? "Mã số thuế / mã đơn vị quan hệ ngân sách" : "Mã số thuế"}: ${orDots(party.taxCode)}`,
    ),
    p(
      `Tài khoản số: ${orDots(party.account)}${party.accountAt ? ` tại ${party.accountAt}` : accountKind === "treasury" ? " tại Kho bạc Nhà nước ……" : " tại ……"}`,
    ),
    ...(party.illustrative
      ? [p("(Thông tin của bên này là dữ liệu minh họa, không phải thông tin thật.)", { style: "italic" })]
      : []),
  ];
}

/** Hợp đồng hỗ trợ kinh phí khuyến công: parties, the approval it implements, the instruments, amount, clauses. */
export function contractText(c: ContractDocument): DocText {
  const pr = c.project;
  const advance = c.grounds.find((g) => g.role === "advance");
  const half = Math.floor(c.copies / 2);
  return {
    title: ["HỢP ĐỒNG HỖ TRỢ KINH PHÍ KHUYẾN CÔNG", `Số: ${c.number}`],
    grounds: [
      "Căn cứ Bộ luật Dân sự số 91/2015/QH13 ngày 24 tháng 11 năm 2015;",
      ...c.grounds.map(groundLine),
      `Căn cứ ${approvalLine(c.approval)};`,
    ],
    body: [
      p(`Hôm nay, ${dayWords(c.signedAt)}, tại ${c.partyA.name}, chúng tôi gồm:`, { indent: false }),
      ...partyBlocks("BÊN A (Bên hỗ trợ)", c.partyA, "treasury"),
      ...partyBlocks("BÊN B (Bên thụ hưởng)", c.partyB, "bank"),
      p("Hai bên thống nhất ký kết hợp đồng hỗ trợ kinh phí khuyến công với các điều khoản sau:", { indent: false }),
      h("Điều 1. Nội dung hỗ trợ"),
      p(
        `Bên A hỗ trợ Bên B thực hiện đề án "${pr.title}" (nội dung: ${pr.activity})${pr.place ? ` tại ${pr.place}` : ""}, thời gian thực hiện từ ngày ${date(pr.startDate)} đến ngày ${date(pr.endDate)}, theo ${approvalLine(c.approval)}.`,
      ),
      h("Điều 2. Giá trị hỗ trợ và vốn đối ứng"),
      p(`Kinh phí ${fundName(pr.fund)} năm ${pr.year} hỗ trợ Bên B: ${inWords(c.amount)}.`),
      p(
        `Tổng kinh phí thực hiện đề án: ${pr.totalCost.figures}; Bên B bảo đảm vốn đối ứng ${pr.counterpart.figures} và xuất trình chứng từ khi nghiệm thu, quyết toán.`,
      ),
      h("Điều 3. Tạm ứng, thanh toán"),
      p(
        `Tạm ứng, thanh toán theo ${advance ? advance.citation + (advance.illustrative && !advance.citation.includes("minh họa") ? " (minh họa)" : "") : "quy định hiện hành về quản lý kinh phí khuyến công"}. Bên A chuyển kinh phí vào tài khoản của Bên B nêu trên. Phần còn lại thanh toán sau khi nghiệm thu; kinh phí không sử dụng hết hoặc sử dụng sai mục đích được hoàn trả ngân sách nhà nước.`,
      ),
      h("Điều 4. Quyền và nghĩa vụ của Bên A"),
      p(
        "Cấp kinh phí hỗ trợ theo Điều 2 và Điều 3; hướng dẫn, kiểm tra, giám sát việc thực hiện đề án; tổ chức nghiệm thu, thanh lý hợp đồng và quyết toán kinh phí; tạm dừng cấp kinh phí và yêu cầu hoàn trả khi Bên B vi phạm hợp đồng.",
      ),
      h("Điều 5. Quyền và nghĩa vụ của Bên B"),
      p(
        "Thực hiện đúng nội dung, tiến độ của đề án được phê duyệt; báo cáo tiến độ hằng tháng trước ngày 25, kèm hình ảnh hiện trường; sử dụng kinh phí đúng mục đích, lưu giữ đầy đủ hóa đơn, chứng từ; không đề nghị hỗ trợ trùng lặp cùng nội dung từ nguồn ngân sách khác; duy trì sử dụng máy móc, mô hình và lao động sau khi được hỗ trợ; chịu sự kiểm tra, giám sát của Bên A và cơ quan có thẩm quyền.",
      ),
      h("Điều 6. Nghiệm thu, thanh lý hợp đồng, quyết toán"),
      p(
        "Khi hoàn thành, hai bên tổ chức nghiệm thu và lập biên bản nghiệm thu; hồ sơ thanh lý hợp đồng, quyết toán kinh phí nộp trong vòng 15 ngày kể từ ngày nghiệm thu cuối cùng.",
      ),
      h("Điều 7. Giải quyết tranh chấp"),
      p(
        "Hai bên cam kết thực hiện đúng các điều khoản của hợp đồng. Tranh chấp phát sinh được giải quyết trước hết bằng thương lượng, hòa giải; nếu không thương lượng, hòa giải được, một bên có quyền yêu cầu Tòa án nhân dân có thẩm quyền giải quyết theo quy định của pháp luật.",
      ),
      h("Điều 8. Điều khoản chung"),
      p(
        `Hợp đồng có hiệu lực kể từ ngày ký đến khi hai bên ký biên bản thanh lý hợp đồng. Mọi sửa đổi, bổ sung phải được lập thành phụ lục hợp đồng do hai bên ký. Những nội dung không ghi trong hợp đồng thực hiện theo quy định của pháp luật hiện hành.`,
      ),
      p(
        `Hợp đồng được lập thành ${countWords(c.copies)} bản có giá trị pháp lý như nhau, mỗi bên giữ ${countWords(half)} bản./.`,
      ),
    ],
  };
}

/** Biên bản nghiệm thu: who met, the contract and approval, what was achieved, the money, the conclusion. */
export function acceptanceText(a: AcceptanceDocument): DocText {
  const pr = a.project;
  return {
    title: [`BIÊN BẢN NGHIỆM THU ${a.kind === "BASE" ? "CƠ SỞ" : "HOÀN THÀNH"}`, `Đề án khuyến công "${pr.title}"`],
    grounds: [
      `Căn cứ ${approvalLine(a.approval)};`,
      a.contract
        ? `Căn cứ Hợp đồng hỗ trợ kinh phí khuyến công số ${a.contract.number} ngày ${date(a.contract.signedAt)};`
        : "Căn cứ hợp đồng hỗ trợ kinh phí khuyến công đã ký;",
    ],
    body: [
      p(`Hôm nay, ${dayWords(a.acceptedAt)}${a.place ? `, tại ${a.place}` : ""}, chúng tôi gồm:`, { indent: false }),
      ...partyBlocks("ĐẠI DIỆN CƠ QUAN NGHIỆM THU (Bên A)", a.partyA, "treasury"),
      ...partyBlocks("ĐẠI DIỆN ĐƠN VỊ THỤ HƯỞNG (Bên B)", a.partyB, "bank"),
      p(
        `Đã tiến hành nghiệm thu đề án "${pr.title}"${pr.code ? ` (mã hồ sơ ${pr.code})` : ""}, nội dung ${pr.activity}${pr.place ? `, tại ${pr.place}` : ""}.`,
        { indent: false },
      ),
      h("1. Kết quả đạt được"),
      {
        kind: "table",
        columns: [
          { title: "STT", width: 0.1, align: "center" },
          { title: "Chỉ tiêu", width: 0.55 },
          { title: "Kết quả", width: 0.15, align: "right" },
          { title: "Đơn vị", width: 0.2 },
        ],
        rows: a.results.map((r, i) => [String(i + 1), r.name, r.value, r.unit]),
      },
      h("2. Kinh phí"),
      p(`Kinh phí hỗ trợ được phê duyệt: ${inWords(a.approved)}.`),
      p(`Kinh phí đã tạm ứng, thanh toán đến ngày nghiệm thu: ${a.advanced.figures}.`),
      h("3. Kết luận"),
      p(
        a.note
          ? a.note
          : "Đề án đã thực hiện đúng nội dung, đạt các chỉ tiêu nêu trên; đề nghị thanh toán, quyết toán theo hợp đồng.",
      ),
      ...(a.doubleFundingFlag
        ? [
            p(
              "Lưu ý: phát hiện hạng mục trùng với đề án khác đã được hỗ trợ cho cùng cơ sở; đề nghị làm rõ trước khi thanh toán.",
              { style: "bold" },
            ),
          ]
        : []),
      p("Biên bản được lập thành 04 bản, mỗi bên giữ 02 bản, có giá trị pháp lý như nhau./.", { indent: true }),
    ],
  };
}

/** Quyết toán kinh phí: the reconciled money, in full figures and in words, and what it closes. */
export function settlementText(s: SettlementDocument): DocText {
  const pr = s.project;
  const rows: string[][] = [
    ["1", "Kinh phí hỗ trợ được phê duyệt", s.approved.figures],
    ["2", "Kinh phí đã cấp (tạm ứng và thanh toán)", s.disbursed.figures],
    ["3", "Kinh phí đã hoàn trả", s.refunded.figures],
    ["4", "Kinh phí hỗ trợ được quyết toán", s.settled.figures],
    ["5", "Vốn đối ứng có chứng từ của đơn vị thụ hưởng", s.counterpart.figures],
    ...(s.requiredCounterpart ? [["6", "Vốn đối ứng theo mức quy định", s.requiredCounterpart.figures]] : []),
  ];
  return {
    title: ["QUYẾT TOÁN KINH PHÍ KHUYẾN CÔNG", `Đề án "${pr.title}"`],
    grounds: [
      ...s.grounds.map(groundLine),
      `Căn cứ ${approvalLine(s.approval)};`,
      ...(s.contract
        ? [`Căn cứ Hợp đồng hỗ trợ kinh phí khuyến công số ${s.contract.number} ngày ${date(s.contract.signedAt)};`]
        : []),
      ...s.acceptances.map((a) => `Căn cứ Biên bản nghiệm thu số ${a.number} ngày ${date(a.date)};`),
    ],
    body: [
      p(
        `Đơn vị thụ hưởng: ${s.partyB.name}${s.partyB.address ? `, địa chỉ ${s.partyB.address}` : ""}${s.partyB.taxCode ? `, mã số thuế ${s.partyB.taxCode}` : ""}.`,
        { indent: false },
      ),
      p(
        `Đề án${pr.code ? ` mã hồ sơ ${pr.code}` : ""}, nội dung ${pr.activity}, kinh phí ${fundName(pr.fund)} năm ${pr.year}.`,
        { indent: false },
      ),
      h("Số liệu quyết toán"),
      {
        kind: "table",
        columns: [
          { title: "STT", width: 0.1, align: "center" },
          { title: "Nội dung", width: 0.6 },
          { title: "Số tiền", width: 0.3, align: "right" },
        ],
        rows,
      },
      p(`Kinh phí hỗ trợ được quyết toán: ${inWords(s.settled)}.`, { style: "bold" }),
      ...(s.exceptionReason ? [p(`Ngoại lệ về vốn đối ứng do lãnh đạo quyết định: ${s.exceptionReason}`)] : []),
      ...(s.note ? [p(`Ghi chú: ${s.note}`)] : []),
      p("Đề án được đóng sau quyết toán; đơn vị thụ hưởng chịu sự kiểm tra sau hỗ trợ trong 01 đến 03 năm./."),
    ],
  };
}

/** Giấy tiếp nhận hồ sơ: the code, the applicant, the support asked for, the attachments received. */
export function receiptText(r: ReceiptDocument, lookupUrl: string): DocText {
  const pr = r.project;
  return {
    title: ["GIẤY TIẾP NHẬN HỒ SƠ", "Đề án khuyến công", `Mã hồ sơ: ${r.code}`],
    grounds: [],
    body: [
      p(`${r.issuer.name} đã tiếp nhận hồ sơ đề án khuyến công của:`, { indent: false }),
      p(`Cơ sở đề nghị: ${r.applicant.name}`),
      p(`Người đại diện: ${orDots(r.applicant.representative)}${r.applicant.title ? `, ${r.applicant.title}` : ""}`),
      p(`Địa chỉ: ${orDots(r.applicant.address)}`),
      p(`Mã số thuế / số đăng ký: ${orDots(r.applicant.taxCode)}`),
      p(`Tên đề án: ${pr.title}`),
      p(`Nội dung: ${pr.activity}; kinh phí ${fundName(pr.fund)} năm ${pr.year}.`),
      p(`Tổng kinh phí: ${pr.totalCost.figures}.`),
      p(`Kinh phí đề nghị hỗ trợ: ${inWords(r.requested)}.`),
      p(
        `Thời điểm nộp: ${formatDate(r.submittedAt)}${r.round > 0 ? ` (nộp lại lần ${r.round})` : ""}; hình thức: ${r.assisted ? "nộp qua cán bộ tiếp nhận" : "nộp trực tuyến"}.`,
      ),
      h(`Thành phần hồ sơ đã nhận (${r.documents.length})`),
      {
        kind: "table",
        columns: [
          { title: "STT", width: 0.1, align: "center" },
          { title: "Tài liệu", width: 0.45 },
          { title: "Tệp", width: 0.45 },
        ],
        rows: r.documents.map((d, i) => [String(i + 1), d.kind, d.fileName]),
      },
      p(`Tra cứu tình trạng hồ sơ bằng mã trên tại ${lookupUrl} (không cần đăng nhập).`),
      p(
        "Mã hồ sơ theo cấu trúc của Điều 19 Thông tư 01/2018/TT-VPCP: mã cơ quan tiếp nhận – ngày nhận (YYMMDD) – số thứ tự trong ngày.",
        { style: "italic" },
      ),
    ],
  };
}
