import type { EntryOptions } from "@/lib/results/dto";
import type { Locale } from "@/lib/i18n/locale";
import { ENTRY_PERIODS } from "@/lib/results/schemas";
import type { SpecField } from "@/components/results/spec-form";
import { translator } from "@/lib/i18n/messages";

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
  const t = translator(locale, "components.results.fields");
  return [
    {
      name: "indicatorCode",
      label: t("indicator"),
      type: "select",
      options: o.indicators,
      empty: t("chooseAnIndicator"),
    },
    { name: "period", label: t("period"), type: "select", options: ENTRY_PERIODS },
    {
      name: "year",
      label: t("yearCarriedOut"),
      inputMode: "numeric",
      hint: t("eG2024MustFall"),
    },
    { name: "value", label: t("value"), inputMode: "decimal", hint: VALUE_HINT[locale] },
    {
      name: "description",
      label: t("workDone"),
      type: "textarea",
      hint: t("eG12NewsItems"),
    },
    {
      name: "evidence",
      label: t("evidence"),
      type: "textarea",
      hint: t("numberAndDateOfDocuments"),
    },
    {
      name: "fund",
      label: t("fundIfAny"),
      type: "select",
      options: FUNDS[locale],
      empty: t("noFund"),
    },
    {
      name: "categoryCode",
      label: t("activityIfAny"),
      type: "select",
      options: o.categories,
      empty: t("none"),
    },
    {
      name: "communeId",
      label: t("communeWardIfAny"),
      type: "select",
      options: o.communes,
      empty: t("wholeProvince"),
    },
  ];
}

export function targetFields(o: EntryOptions, locale: Locale): SpecField[] {
  const t = translator(locale, "components.results.fields");
  return [
    {
      name: "indicatorCode",
      label: t("indicator"),
      type: "select",
      options: o.indicators,
      empty: t("chooseAnIndicator"),
    },
    { name: "period", label: t("period"), type: "select", options: ENTRY_PERIODS },
    {
      name: "year",
      label: t("yearLeaveEmptyForA"),
      inputMode: "numeric",
    },
    {
      name: "fund",
      label: t("fundIfTheTargetBelongs"),
      type: "select",
      options: FUNDS[locale],
      empty: t("allFunds"),
    },
    { name: "value", label: t("target"), inputMode: "decimal", hint: VALUE_HINT[locale] },
    { name: "atLeast", label: t("isAMinimumMoreThan"), type: "checkbox" },
    {
      name: "rawText",
      label: t("wordingInTheSourceDocument"),
      hint: t("eGTren38Ty"),
    },
    {
      name: "source",
      label: t("source"),
      hint: t("numberAndDateOfThe"),
    },
    { name: "note", label: t("note"), type: "textarea" },
  ];
}
