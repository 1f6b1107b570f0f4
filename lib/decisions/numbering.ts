import type { DecisionKind } from "@/lib/generated/prisma/enums";

// Document numbers as Vietnamese administrative documents write them: "<số>/<năm>/<loại>-<cơ quan>"
// (ND 30/2020/NĐ-CP, Phụ lục I: số, ký hiệu văn bản). QĐ = quyết định; TB = thông báo (yêu cầu bổ sung).
// The agency's identifier tail (e.g. "H45" of 000.00.20.H45) keeps numbers unique across provinces.
export const DOC_TYPE = {
  APPROVE: "QĐ",
  REJECT: "QĐ",
  RETURN: "TB",
  RECOMMEND: "TTr",
  NOT_RECOMMEND: "TTr",
  PLAN_APPROVAL: "QĐ",
} as const satisfies Record<DecisionKind, string>;

export const DOC_TITLE = {
  APPROVE: "Quyết định phê duyệt hỗ trợ đề án khuyến công",
  REJECT: "Quyết định không phê duyệt đề án khuyến công",
  RETURN: "Thông báo yêu cầu bổ sung, hoàn thiện hồ sơ đề án khuyến công",
  RECOMMEND: "Tờ trình đề nghị hỗ trợ đề án khuyến công",
  NOT_RECOMMEND: "Tờ trình không đề nghị hỗ trợ đề án khuyến công",
  PLAN_APPROVAL: "Quyết định phê duyệt kế hoạch khuyến công",
} as const satisfies Record<DecisionKind, string>;

export function agencyTail(agencyCode: string): string {
  return agencyCode.split(".").pop() || agencyCode;
}

/** The counter key: one sequence per agency, year and document type (numbers restart each year). */
export function sequenceKey(agencyCode: string, year: number, kind: DecisionKind): string {
  return `decision:${agencyCode}:${year}:${DOC_TYPE[kind]}`;
}

/** Everything after the sequence number: 2025, APPROVE, "000.00.20.H45" → "/2025/QĐ-SCT.H45". */
export function decisionNumberSuffix(year: number, kind: DecisionKind, agencyCode: string): string {
  return `/${year}/${DOC_TYPE[kind]}-SCT.${agencyTail(agencyCode)}`;
}

/** 7, 2025, APPROVE, "000.00.20.H45" → "7/2025/QĐ-SCT.H45" */
export function decisionNumber(seq: number, year: number, kind: DecisionKind, agencyCode: string): string {
  return `${seq}${decisionNumberSuffix(year, kind, agencyCode)}`;
}

export const SIGN_MODE_LABEL = {
  DIRECT: "",
  KY_THAY: "KT.",
  THUA_LENH: "TL.",
  UY_QUYEN: "TUQ.",
} as const;

/** The signature block line: "KT. GIÁM ĐỐC" over the delegate's title, as ND 30/2020 Art. 13 prescribes. */
export function signatureHeading(mode: keyof typeof SIGN_MODE_LABEL, principalTitle: string): string {
  const prefix = SIGN_MODE_LABEL[mode];
  return `${prefix ? `${prefix} ` : ""}${principalTitle.toUpperCase()}`;
}
