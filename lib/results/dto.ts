// Plain shapes crossing into components (no bigint).
export type Option = { value: string; label: string };

export type ResultEntryDto = {
  id: string;
  indicatorCode: string;
  indicatorName: string;
  period: string;
  year: number | null;
  display: string;
  description: string | null;
  evidence: string | null;
  commune: string | null;
  category: string | null;
  fund: string | null;
  status: "DRAFT" | "APPROVED";
  createdBy: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  /** The ministry accepted it (national indicator): locked at the second level. */
  nationalAcceptedAt: string | null;
  createdAt: string;
};

export type EntryOptions = {
  indicators: Array<Option & { unit: string; isMoney: boolean }>;
  categories: Option[];
  communes: Option[];
};

export type TargetRowDto = {
  id: string;
  indicatorCode: string;
  indicatorName: string;
  period: string;
  year: number | null;
  fund: string | null;
  display: string;
  rawText: string | null;
  source: string;
  note: string | null;
  province: string | null;
};

/** Form values as typed (strings), for editing an entry or a target. */
export type FormValues = Record<string, string>;
