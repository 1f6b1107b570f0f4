// The two data sheets of the import workbook. Headers are matched without accents or case, so a file
// whose columns were re-ordered or re-typed still reads; every error names the sheet, row and column.

export type ColumnSpec = { key: string; header: string; required: boolean; hint: string; example: string };

export const ESTABLISHMENT_SHEET = "Cơ sở";
export const PROPOSAL_SHEET = "Đề án";

export const ESTABLISHMENT_COLUMNS = [
  {
    key: "name",
    header: "Tên cơ sở",
    required: true,
    hint: "Theo giấy đăng ký",
    example: "Hộ kinh doanh Mây tre Bình Xuyên",
  },
  { key: "kind", header: "Loại hình", required: true, hint: "DN, HTX, THT, HKD, LHHTX hoặc NGHE_NHAN", example: "HKD" },
  {
    key: "taxCode",
    header: "Mã số thuế",
    required: false,
    hint: "Bắt buộc với DN, HTX, LHHTX; 10 hoặc 13 chữ số",
    example: "",
  },
  {
    key: "householdRegNo",
    header: "Số GCN đăng ký hộ kinh doanh",
    required: false,
    hint: "Với hộ kinh doanh, tổ hợp tác",
    example: "19A8001234",
  },
  {
    key: "communeCode",
    header: "Mã xã/phường",
    required: true,
    hint: "Mã trong sheet Danh mục (xã, phường hiện hành)",
    example: "25-BINH-XUYEN",
  },
  {
    key: "address",
    header: "Địa chỉ sản xuất",
    required: true,
    hint: "Thôn/xóm, số nhà",
    example: "Thôn Đông, xã Bình Xuyên",
  },
  {
    key: "industryCode",
    header: "Mã ngành nghề",
    required: true,
    hint: "Mã trong sheet Danh mục (Điều 5 NĐ 45/2012)",
    example: "THU_CONG_MY_NGHE",
  },
  {
    key: "industry",
    header: "Sản phẩm chính",
    required: true,
    hint: "Ví dụ: đồ gỗ mỹ nghệ",
    example: "Mây tre đan xuất khẩu",
  },
  { key: "workforce", header: "Số lao động", required: false, hint: "Số nguyên ≥ 0", example: "25" },
  { key: "representative", header: "Người đại diện", required: true, hint: "Chủ cơ sở", example: "Nguyễn Văn An" },
  { key: "phone", header: "Điện thoại", required: false, hint: "10 chữ số", example: "0912345678" },
  { key: "email", header: "Email", required: false, hint: "", example: "" },
  { key: "womenOwned", header: "Phụ nữ làm chủ", required: false, hint: "có / không", example: "không" },
  { key: "ethnicMinorityOwned", header: "Người DTTS làm chủ", required: false, hint: "có / không", example: "không" },
] as const satisfies readonly ColumnSpec[];

export const PROPOSAL_COLUMNS = [
  { key: "code", header: "Mã đề án", required: false, hint: "Nếu có; không trùng mã đã có", example: "KCĐP-2019-07" },
  { key: "year", header: "Năm", required: true, hint: "Năm kế hoạch (đã qua)", example: "2019" },
  { key: "title", header: "Tên đề án", required: true, hint: "", example: "Hỗ trợ ứng dụng máy chẻ nan tự động" },
  {
    key: "activityCode",
    header: "Mã nội dung",
    required: true,
    hint: "Mã trong sheet Danh mục",
    example: "UNG_DUNG_MAY_MOC",
  },
  { key: "fund", header: "Nguồn kinh phí", required: true, hint: "KCQG hoặc KCĐP", example: "KCĐP" },
  {
    key: "establishmentTaxCode",
    header: "MST cơ sở thụ hưởng",
    required: false,
    hint: "Cơ sở đã có trên cổng hoặc trong sheet Cơ sở",
    example: "",
  },
  {
    key: "establishmentName",
    header: "Tên cơ sở thụ hưởng",
    required: false,
    hint: "Khi không có mã số thuế: đúng tên trong sheet Cơ sở hoặc trên cổng",
    example: "Hộ kinh doanh Mây tre Bình Xuyên",
  },
  {
    key: "communeCode",
    header: "Mã địa bàn",
    required: false,
    hint: "Xã/phường hiện hành hoặc huyện cũ (trước 01/07/2025)",
    example: "26-BINH-XUYEN",
  },
  {
    key: "agencyCode",
    header: "Mã cơ quan chủ trì",
    required: false,
    hint: "Để trống: cơ quan của người nhập",
    example: "000.00.20.H62",
  },
  {
    key: "implementingUnit",
    header: "Đơn vị thực hiện",
    required: false,
    hint: "",
    example: "Trung tâm Phát triển Công Thương",
  },
  {
    key: "totalCost",
    header: "Tổng kinh phí (đồng)",
    required: true,
    hint: "Số đồng, hoặc ghi kèm đơn vị: 600 triệu",
    example: "600000000",
  },
  {
    key: "approvedSupport",
    header: "Kinh phí khuyến công hỗ trợ (đồng)",
    required: true,
    hint: "Không lớn hơn tổng kinh phí",
    example: "250000000",
  },
  {
    key: "counterpart",
    header: "Vốn đối ứng (đồng)",
    required: false,
    hint: "Để trống: tổng kinh phí trừ hỗ trợ",
    example: "",
  },
  {
    key: "status",
    header: "Tình trạng",
    required: true,
    hint: "Đã phê duyệt hoặc Đã nghiệm thu",
    example: "Đã nghiệm thu",
  },
  {
    key: "decisionNo",
    header: "Số quyết định phê duyệt",
    required: false,
    hint: "",
    example: "123/QĐ-UBND ngày 09/03/2019",
  },
] as const satisfies readonly ColumnSpec[];

export type EstablishmentKey = (typeof ESTABLISHMENT_COLUMNS)[number]["key"];
export type ProposalKey = (typeof PROPOSAL_COLUMNS)[number]["key"];

export const MAX_ROWS = 2000;
export const MAX_BYTES = 5 * 1024 * 1024;
