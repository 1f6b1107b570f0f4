import type { Locale } from "@/lib/i18n/locale";

// Plain module (no "use client"): server components (receipt, dossier detail) and client steps share it.
export const KIND_LABELS: Record<string, string> = {
  QUOTATION: "Báo giá của nhà cung cấp",
  BUSINESS_LICENCE: "Giấy chứng nhận đăng ký kinh doanh",
  PHOTO: "Ảnh hiện trạng nhà xưởng, sản phẩm",
  FINANCIAL: "Báo cáo tài chính / kê khai doanh thu",
  COMMITMENT: "Văn bản cam kết",
  SUPPLEMENT: "Tài liệu bổ sung",
  OTHER: "Tài liệu khác",
};

const KIND_LABELS_EN: Record<string, string> = {
  QUOTATION: "Supplier quotation",
  BUSINESS_LICENCE: "Business registration certificate",
  PHOTO: "Photos of the workshop and products",
  FINANCIAL: "Financial statements / revenue declaration",
  COMMITMENT: "Letter of commitment",
  SUPPLEMENT: "Supplementary document",
  OTHER: "Other document",
};

/** A document kind's label in the visitor's language (the receipt keeps KIND_LABELS, Vietnamese). */
export function kindLabel(kind: string, locale: Locale = "vi"): string {
  return (locale === "vi" ? KIND_LABELS[kind] : KIND_LABELS_EN[kind]) ?? kind;
}

