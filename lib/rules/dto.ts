import type { ActivityData, SupportRuleData } from "@/lib/rules/types";

// Serializable forms of the rule data, so the same engine runs live in the browser (bigint and Date
// cannot cross into client components).
export type SupportRuleDto = Omit<SupportRuleData, "maxAmount" | "validFrom" | "validTo"> & {
  maxAmount: string | null;
  validFrom: string;
  validTo: string | null;
};
export type ActivityDto = Omit<ActivityData, "validFrom" | "validTo"> & { validFrom: string; validTo: string | null };

export function toRuleDto(r: SupportRuleData): SupportRuleDto {
  return {
    ...r,
    maxAmount: r.maxAmount?.toString() ?? null,
    validFrom: r.validFrom.toISOString(),
    validTo: r.validTo?.toISOString() ?? null,
  };
}

export function fromRuleDto(r: SupportRuleDto): SupportRuleData {
  return {
    ...r,
    maxAmount: r.maxAmount === null ? null : BigInt(r.maxAmount),
    validFrom: new Date(r.validFrom),
    validTo: r.validTo ? new Date(r.validTo) : null,
  };
}

export function toActivityDto(a: ActivityData): ActivityDto {
  return { ...a, validFrom: a.validFrom.toISOString(), validTo: a.validTo?.toISOString() ?? null };
}

export function fromActivityDto(a: ActivityDto): ActivityData {
  return { ...a, validFrom: new Date(a.validFrom), validTo: a.validTo ? new Date(a.validTo) : null };
}
