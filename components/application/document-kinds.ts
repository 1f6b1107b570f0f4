import type { Locale } from "@/lib/i18n/locale";

// Plain module (no "use client"): server components (receipt, dossier detail) and client steps share it.
import { KIND_LABELS } from "@/lib/applications/document-kind-labels";

export { KIND_LABELS };

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
