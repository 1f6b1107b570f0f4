import type { EntryOptions } from "@/lib/results/dto";
import { ENTRY_PERIODS } from "@/lib/results/schemas";
import type { SpecField } from "@/components/results/spec-form";

const FUNDS = [{ value: "KCDP", label: "Khuyến công địa phương" }, { value: "KCQG", label: "Khuyến công quốc gia" }];
const VALUE_HINT = "Số lượng theo đơn vị của chỉ tiêu (ví dụ 12). Chỉ tiêu tiền ghi kèm đơn vị: 25 triệu, 1,5 tỷ.";

export function resultEntryFields(o: EntryOptions): SpecField[] {
  return [
    { name: "indicatorCode", label: "Chỉ tiêu", type: "select", options: o.indicators, empty: "— Chọn chỉ tiêu —" },
    { name: "period", label: "Giai đoạn", type: "select", options: ENTRY_PERIODS },
    { name: "year", label: "Năm thực hiện", inputMode: "numeric", hint: "Ví dụ 2024; phải thuộc giai đoạn đã chọn." },
    { name: "value", label: "Giá trị", inputMode: "decimal", hint: VALUE_HINT },
    { name: "description", label: "Nội dung công việc", type: "textarea", hint: "Ví dụ: 12 tin bài về mô hình trình diễn trên Báo Phú Thọ và cổng thông tin Sở." },
    { name: "evidence", label: "Minh chứng", type: "textarea", hint: "Số, ngày văn bản, biên bản; đường dẫn bài viết; nơi lưu hồ sơ." },
    { name: "fund", label: "Nguồn kinh phí (nếu có)", type: "select", options: FUNDS, empty: "— Không gắn nguồn —" },
    { name: "categoryCode", label: "Nội dung hoạt động (nếu có)", type: "select", options: o.categories, empty: "— Không chọn —" },
    { name: "communeId", label: "Xã, phường (nếu có)", type: "select", options: o.communes, empty: "— Toàn tỉnh —" },
  ];
}

export function targetFields(o: EntryOptions): SpecField[] {
  return [
    { name: "indicatorCode", label: "Chỉ tiêu", type: "select", options: o.indicators, empty: "— Chọn chỉ tiêu —" },
    { name: "period", label: "Giai đoạn", type: "select", options: ENTRY_PERIODS },
    { name: "year", label: "Năm (để trống nếu là mục tiêu cả giai đoạn)", inputMode: "numeric" },
    { name: "fund", label: "Nguồn kinh phí (nếu mục tiêu gắn một nguồn)", type: "select", options: FUNDS, empty: "— Mọi nguồn —" },
    { name: "value", label: "Mục tiêu", inputMode: "decimal", hint: VALUE_HINT },
    { name: "atLeast", label: "Là mức tối thiểu (“trên …”)", type: "checkbox" },
    { name: "rawText", label: "Nguyên văn trong văn bản (nếu có)", hint: "Ví dụ: “trên 38 tỷ đồng”." },
    { name: "source", label: "Căn cứ", hint: "Số, ngày quyết định phê duyệt chương trình hoặc kế hoạch khuyến công." },
    { name: "note", label: "Ghi chú", type: "textarea" },
  ];
}
