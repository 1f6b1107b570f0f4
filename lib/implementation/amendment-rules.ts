// Who decides which change (domain.md §4.3 "alt" rows, TT 36/2013/TT-BCT as amended by TT 17/2018):
// national fund — the Minister for an increase of support, a change of content, an extension into the
// next year, a stop; the Cục for site/beneficiary/time within the fiscal year, cost-neutral or lower
// changes and force majeure; for group projects the Sở approves the concrete site/beneficiary.
// Local fund — the approver of the provincial plan (Chủ tịch UBND tỉnh) takes the Minister's place and the
// Sở Công Thương the Cục's (TT 46/2012/TT-BCT Art. 8.3.b: the province sets the local procedure).
import type { AmendmentKind, Pipeline, ProposalKind } from "@/lib/generated/prisma/enums";

export type Authority = "BO_TRUONG" | "CUC" | "UBND_TINH" | "SO_CONG_THUONG";

export const AUTHORITY_LABELS = {
  BO_TRUONG: "Bộ trưởng Bộ Công Thương",
  CUC: "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công",
  UBND_TINH: "Chủ tịch UBND tỉnh (cấp phê duyệt kế hoạch)",
  SO_CONG_THUONG: "Giám đốc Sở Công Thương",
} as const satisfies Record<Authority, string>;

export const AMENDMENT_LABELS = {
  AMOUNT_INCREASE: "Tăng kinh phí hỗ trợ",
  AMOUNT_DECREASE: "Giảm kinh phí hỗ trợ",
  BENEFICIARY: "Thay đổi đơn vị thụ hưởng",
  LOCATION: "Thay đổi địa điểm",
  TIME: "Thay đổi thời gian thực hiện",
  CONTENT: "Thay đổi nội dung",
  STOP: "Dừng thực hiện",
  FORCE_MAJEURE: "Bất khả kháng (quyết toán theo khối lượng thực hiện)",
} as const satisfies Record<AmendmentKind, string>;

// English labels for the pages only; the Vietnamese labels above stay the reference (audit rows, documents).
export const AUTHORITY_LABELS_EN = {
  BO_TRUONG: "Minister of Industry and Trade",
  CUC: "Agency for Innovation, Green Transition and Industrial Extension",
  UBND_TINH: "Chair of the Provincial People's Committee (plan approver)",
  SO_CONG_THUONG: "Director of the Department of Industry and Trade",
} as const satisfies Record<Authority, string>;

export const AMENDMENT_LABELS_EN = {
  AMOUNT_INCREASE: "Increase in support",
  AMOUNT_DECREASE: "Decrease in support",
  BENEFICIARY: "Change of beneficiary",
  LOCATION: "Change of location",
  TIME: "Change of implementation period",
  CONTENT: "Change of content",
  STOP: "Stop implementation",
  FORCE_MAJEURE: "Force majeure (settled on the volume carried out)",
} as const satisfies Record<AmendmentKind, string>;

const HIGHER: readonly AmendmentKind[] = ["AMOUNT_INCREASE", "CONTENT", "STOP"];

export function requiredAuthority(
  kind: AmendmentKind,
  pipeline: Pipeline,
  proposalKind: ProposalKind,
  opts: { crossesYear?: boolean } = {},
): Authority {
  const higher = HIGHER.includes(kind) || (kind === "TIME" && opts.crossesYear === true);
  if (pipeline === "LOCAL") return higher ? "UBND_TINH" : "SO_CONG_THUONG";
  if (higher) return "BO_TRUONG";
  if (proposalKind === "NHOM" && (kind === "BENEFICIARY" || kind === "LOCATION")) return "SO_CONG_THUONG";
  return "CUC";
}

/** An authority outside the Sở decides; the leader records that decision's number in the portal. */
export function isExternalAuthority(a: Authority): boolean {
  return a !== "SO_CONG_THUONG";
}

export function authorityOf(code: string): Authority | null {
  return code in AUTHORITY_LABELS ? (code as Authority) : null;
}
