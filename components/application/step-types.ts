import type { FormContext } from "@/lib/applications/dto";
import type { DraftData, DraftLine } from "@/lib/applications/schemas";
import type { Locale } from "@/lib/i18n/locale";

export type StepProps = {
  ctx: FormContext;
  draft: DraftData;
  update: (patch: Partial<DraftData>) => void;
  errors: Record<string, string[]>;
  locale?: Locale;
};

export type LineOps = {
  updateLine: (index: number, patch: Partial<DraftLine>) => void;
  addLine: () => void;
  removeLine: (index: number) => void;
};
