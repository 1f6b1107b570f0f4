import type { DecisionKind } from "@/lib/generated/prisma/enums";

// Document numbers as Decree 30/2020/NĐ-CP (Phụ lục I, mục II.3: số, ký hiệu văn bản) prints them for an
// individual decision: "<số>/<loại>-<cơ quan>" — no year, numbers below 10 with a leading zero ("07/QĐ-SCT").
// QĐ = quyết định; TB = thông báo (yêu cầu bổ sung); TTr = tờ trình. The data keeps every number unique per
// agency and year: Decision.numberKey (the counter's key: agency identifier, year, document type) with
// Decision.seq is unique; the printed form alone is not, as on paper (issuer and date tell two 07/QĐ-SCT apart).
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

/** The issuing body's abbreviation in the symbol: the ministry (G12 identifiers) "BCT", a department "SCT". */
export function issuerAbbreviation(agencyCode: string): string {
  return agencyTail(agencyCode) === "G12" ? "BCT" : "SCT";
}

/** The counter key: one sequence per agency, year and document type (numbers restart each year). */
export function sequenceKey(agencyCode: string, year: number, kind: DecisionKind): string {
  return `decision:${agencyCode}:${year}:${DOC_TYPE[kind]}`;
}

/** The sequence number as printed: a leading zero below 10 ("07"), otherwise as is ("12", "105"). */
export function paddedSeq(seq: number): string {
  return seq < 10 ? `0${seq}` : String(seq);
}

/** Everything after the sequence number: APPROVE, "000.00.20.H45" → "/QĐ-SCT". */
export function decisionNumberSuffix(kind: DecisionKind, agencyCode: string): string {
  return `/${DOC_TYPE[kind]}-${issuerAbbreviation(agencyCode)}`;
}

/** 7, APPROVE, "000.00.20.H45" → "07/QĐ-SCT" (the printed number; no year for an individual decision). */
export function decisionNumber(seq: number, kind: DecisionKind, agencyCode: string): string {
  return `${paddedSeq(seq)}${decisionNumberSuffix(kind, agencyCode)}`;
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
