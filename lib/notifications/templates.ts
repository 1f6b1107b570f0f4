import { formatDate } from "@/lib/dates";

// Vietnamese texts of the notices (in-app title/body and e-mail subject/body). Pure.
/** `ref` names the dossier or call in short messages (SMS/Zalo): its code, else its title. */
/** `detail`: the one line a short message adds to the title (the reason, the deadline and what is missing). */
export type Notice = { kind: string; title: string; body: string; link: string | null; ref?: string; detail?: string };

type Dossier = { code: string | null; title: string };

const name = (d: Dossier) => `${d.code ? `${d.code} – ` : ""}${d.title}`;

export const notices = {
  submitted: (d: Dossier, link: string): Notice => ({
    kind: "proposal.submitted",
    title: `Hồ sơ mới: ${d.code ?? d.title}`,
    body: `Đề án "${name(d)}" vừa được nộp và đang chờ tiếp nhận.`,
    link,
    ref: d.code ?? d.title,
  }),
  resubmitted: (d: Dossier, round: number, link: string): Notice => ({
    kind: "proposal.resubmitted",
    title: `Hồ sơ đã bổ sung (lần ${round}): ${d.code ?? d.title}`,
    body: `Cơ sở đã nộp bổ sung, hoàn thiện hồ sơ đề án "${name(d)}" theo yêu cầu lần ${round}; hồ sơ đang chờ tiếp nhận lại.`,
    link,
    ref: d.code ?? d.title,
  }),
  returned: (d: Dossier, items: string[], reason: string, deadline: Date, round: number, link: string): Notice => ({
    kind: "proposal.returned",
    title: `Yêu cầu bổ sung hồ sơ (lần ${round}): ${d.code ?? d.title}`,
    body: [
      `Sở Công Thương đề nghị bổ sung, hoàn thiện hồ sơ đề án "${name(d)}".`,
      `Lý do: ${reason}`,
      "Nội dung cần bổ sung:",
      ...items.map((i, n) => `  ${n + 1}. ${i}`),
      `Hạn nộp bổ sung: ${formatDate(deadline)}.`,
    ].join("\n"),
    link,
    ref: d.code ?? d.title,
    detail: `Hạn bổ sung ${formatDate(deadline)}: ${items.join("; ")}`,
  }),
  decided: (d: Dossier, approved: boolean, number: string, reason: string, link: string): Notice => ({
    kind: approved ? "proposal.approved" : "proposal.rejected",
    title: `${approved ? "Đề án được phê duyệt" : "Đề án không được phê duyệt"}: ${d.code ?? d.title}`,
    body: `Quyết định số ${number} về đề án "${name(d)}": ${approved ? "phê duyệt hỗ trợ" : "không phê duyệt"}.\nLý do: ${reason}`,
    link,
    ref: d.code ?? d.title,
    detail: `Lý do: ${reason}`,
  }),
  planApproved: (d: Dossier, planName: string, decisionNo: string, decisionDate: Date, link: string): Notice => ({
    kind: "plan.approved",
    title: `Đề án được phê duyệt trong kế hoạch: ${d.code ?? d.title}`,
    body: `Đề án "${name(d)}" được phê duyệt trong ${planName} theo Quyết định số ${decisionNo} ngày ${formatDate(decisionDate)}.`,
    link,
    ref: d.code ?? d.title,
  }),
  // To the applicant, at each step of its dossier (issue 17).
  received: (d: Dossier, link: string): Notice => ({
    kind: "proposal.received",
    title: `Đã nộp hồ sơ: ${d.code ?? d.title}`,
    ref: d.code ?? d.title,
    link,
    body: `Hồ sơ đề án "${name(d)}" đã được nộp và chuyển đến Sở Công Thương. Ông/Bà sẽ được báo khi hồ sơ được tiếp nhận hoặc cần bổ sung.`,
  }),
  contractReady: (d: Dossier, number: string, link: string): Notice => ({
    kind: "contract.ready",
    title: `Hợp đồng hỗ trợ số ${number}: ${d.code ?? d.title}`,
    ref: d.code ?? d.title,
    link,
    body: `Hợp đồng hỗ trợ số ${number} của đề án "${name(d)}" đã được ký kết. Đề án chuyển sang giai đoạn thực hiện.`,
  }),
  advancePaid: (d: Dossier, amount: string, on: Date, link: string): Notice => ({
    kind: "advance.paid",
    title: `Đã tạm ứng kinh phí: ${d.code ?? d.title}`,
    ref: d.code ?? d.title,
    link,
    body: `Kinh phí khuyến công ${amount} đã được tạm ứng cho đề án "${name(d)}" ngày ${formatDate(on)}.`,
  }),
  acceptanceScheduled: (d: Dossier, on: Date, place: string, link: string): Notice => ({
    kind: "acceptance.scheduled",
    title: `Lịch nghiệm thu: ${d.code ?? d.title}`,
    ref: d.code ?? d.title,
    link,
    detail: `Ngày ${formatDate(on)} tại ${place}`,
    body: `Đề án "${name(d)}" sẽ được nghiệm thu ngày ${formatDate(on)} tại ${place}. Đề nghị cơ sở chuẩn bị hồ sơ, chứng từ và hiện trạng máy móc, sản phẩm để đoàn nghiệm thu kiểm tra.`,
  }),
  accepted: (d: Dossier, minutesNo: string, on: Date, link: string): Notice => ({
    kind: "acceptance.recorded",
    title: `Đã nghiệm thu: ${d.code ?? d.title}`,
    ref: d.code ?? d.title,
    link,
    body: `Đề án "${name(d)}" đã được nghiệm thu theo biên bản số ${minutesNo} ngày ${formatDate(on)}. Bước tiếp theo: hồ sơ quyết toán.`,
  }),
  settled: (d: Dossier, number: string, link: string): Notice => ({
    kind: "settlement.done",
    title: `Đã quyết toán: ${d.code ?? d.title}`,
    ref: d.code ?? d.title,
    link,
    body: `Đề án "${name(d)}" đã được quyết toán theo quyết định số ${number}.`,
  }),
  assigned: (d: Dossier, link: string): Notice => ({
    kind: "appraisal.assigned",
    title: `Phân công thẩm định: ${d.code ?? d.title}`,
    body: `Ông/Bà được phân công thẩm định đề án "${name(d)}". Vui lòng khai báo xung đột lợi ích trước khi chấm điểm.`,
    link,
    ref: d.code ?? d.title,
  }),
  message: (d: Dossier, author: string, link: string): Notice => ({
    kind: "proposal.message",
    title: `Tin nhắn mới về hồ sơ ${d.code ?? d.title}`,
    body: `${author} đã gửi tin nhắn về đề án "${name(d)}".`,
    link,
    ref: d.code ?? d.title,
  }),
};

/** The e-mail body: the notice text, then the link to open in the portal. */
export function emailText(notice: Notice, appUrl: string): string {
  const footer = "\n\n—\nCổng khuyến công – Sở Công Thương. Thư tự động, vui lòng không trả lời thư này.";
  return `${notice.body}${notice.link ? `\n\nXem chi tiết: ${appUrl.replace(/\/$/, "")}${notice.link}` : ""}${footer}`;
}
