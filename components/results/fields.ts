import type { EntryOptions } from "@/lib/results/dto";
import type { Locale } from "@/lib/i18n/locale";
import { ENTRY_PERIODS } from "@/lib/results/schemas";
import type { SpecField } from "@/components/results/spec-form";

const FUNDS = {
  vi: [
    { value: "KCDP", label: "Khuyến công địa phương" },
    { value: "KCQG", label: "Khuyến công quốc gia" },
  ],
  en: [
    { value: "KCDP", label: "Local industrial extension" },
    { value: "KCQG", label: "National industrial extension" },
  ],
};
const VALUE_HINT = {
  vi: "Số lượng theo đơn vị của chỉ tiêu (ví dụ 12). Chỉ tiêu tiền ghi kèm đơn vị: 25 triệu, 1,5 tỷ.",
  en: "A quantity in the indicator's unit (e.g. 12). For money, add the unit: 25 triệu, 1,5 tỷ.",
};

export function resultEntryFields(o: EntryOptions, locale: Locale): SpecField[] {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return [
    {
      name: "indicatorCode",
      label: t("Chỉ tiêu", "Indicator"),
      type: "select",
      options: o.indicators,
      empty: t("— Chọn chỉ tiêu —", "— Choose an indicator —"),
    },
    { name: "period", label: t("Giai đoạn", "Period"), type: "select", options: ENTRY_PERIODS },
    {
      name: "year",
      label: t("Năm thực hiện", "Year carried out"),
      inputMode: "numeric",
      hint: t("Ví dụ 2024; phải thuộc giai đoạn đã chọn.", "E.g. 2024; must fall within the chosen period."),
    },
    { name: "value", label: t("Giá trị", "Value"), inputMode: "decimal", hint: VALUE_HINT[locale] },
    {
      name: "description",
      label: t("Nội dung công việc", "Work done"),
      type: "textarea",
      hint: t(
        "Ví dụ: 12 tin bài về mô hình trình diễn trên Báo Phú Thọ và cổng thông tin Sở.",
        "E.g. 12 news items on demonstration models in Phú Thọ newspaper and on the Department's portal.",
      ),
    },
    {
      name: "evidence",
      label: t("Minh chứng", "Evidence"),
      type: "textarea",
      hint: t(
        "Số, ngày văn bản, biên bản; đường dẫn bài viết; nơi lưu hồ sơ.",
        "Number and date of documents or minutes; links to articles; where the records are kept.",
      ),
    },
    {
      name: "fund",
      label: t("Nguồn kinh phí (nếu có)", "Fund (if any)"),
      type: "select",
      options: FUNDS[locale],
      empty: t("— Không gắn nguồn —", "— No fund —"),
    },
    {
      name: "categoryCode",
      label: t("Nội dung hoạt động (nếu có)", "Activity (if any)"),
      type: "select",
      options: o.categories,
      empty: t("— Không chọn —", "— None —"),
    },
    {
      name: "communeId",
      label: t("Xã, phường (nếu có)", "Commune, ward (if any)"),
      type: "select",
      options: o.communes,
      empty: t("— Toàn tỉnh —", "— Whole province —"),
    },
  ];
}

export function targetFields(o: EntryOptions, locale: Locale): SpecField[] {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return [
    {
      name: "indicatorCode",
      label: t("Chỉ tiêu", "Indicator"),
      type: "select",
      options: o.indicators,
      empty: t("— Chọn chỉ tiêu —", "— Choose an indicator —"),
    },
    { name: "period", label: t("Giai đoạn", "Period"), type: "select", options: ENTRY_PERIODS },
    {
      name: "year",
      label: t("Năm (để trống nếu là mục tiêu cả giai đoạn)", "Year (leave empty for a whole-period target)"),
      inputMode: "numeric",
    },
    {
      name: "fund",
      label: t("Nguồn kinh phí (nếu mục tiêu gắn một nguồn)", "Fund (if the target belongs to one fund)"),
      type: "select",
      options: FUNDS[locale],
      empty: t("— Mọi nguồn —", "— All funds —"),
    },
    { name: "value", label: t("Mục tiêu", "Target"), inputMode: "decimal", hint: VALUE_HINT[locale] },
    { name: "atLeast", label: t("Là mức tối thiểu (“trên …”)", "Is a minimum (“more than …”)"), type: "checkbox" },
    {
      name: "rawText",
      label: t("Nguyên văn trong văn bản (nếu có)", "Wording in the source document (if any)"),
      hint: t("Ví dụ: “trên 38 tỷ đồng”.", "E.g. “trên 38 tỷ đồng” (more than 38 billion VND)."),
    },
    {
      name: "source",
      label: t("Căn cứ", "Source"),
      hint: t(
        "Số, ngày quyết định phê duyệt chương trình hoặc kế hoạch khuyến công.",
        "Number and date of the decision approving the industrial extension programme or plan.",
      ),
    },
    { name: "note", label: t("Ghi chú", "Note"), type: "textarea" },
  ];
}
