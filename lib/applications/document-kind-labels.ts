// The Vietnamese names of dossier attachments: on the receipt (HTML and PDF) and the dossier pages.
export const KIND_LABELS: Record<string, string> = {
  QUOTATION: "Báo giá của nhà cung cấp",
  BUSINESS_LICENCE: "Giấy chứng nhận đăng ký kinh doanh",
  PHOTO: "Ảnh hiện trạng nhà xưởng, sản phẩm",
  FINANCIAL: "Báo cáo tài chính / kê khai doanh thu",
  COMMITMENT: "Văn bản cam kết",
  SUPPLEMENT: "Tài liệu bổ sung",
  OTHER: "Tài liệu khác",
};
