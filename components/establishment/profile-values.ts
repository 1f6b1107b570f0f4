import type { EstablishmentProfile } from "@/lib/establishments/queries";
import type { EstablishmentValues } from "@/components/establishment/establishment-form";

/** A stored profile as the form's string values. */
export function profileValues(p: EstablishmentProfile): EstablishmentValues {
  return {
    kind: p.kind,
    name: p.name,
    taxCode: p.taxCode ?? "",
    householdRegNo: p.householdRegNo ?? "",
    communeId: p.communeCurrent ? (p.communeId ?? "") : "",
    address: p.address ?? "",
    industryCode: p.industryCode ?? "",
    industry: p.industry,
    workforce: String(p.workforce),
    representative: p.representative ?? "",
    phone: p.phone ?? "",
    email: p.email ?? "",
    representativeTitle: p.representativeTitle ?? "",
    bankAccount: p.bankAccount ?? "",
    bankName: p.bankName ?? "",
    womenOwned: p.womenOwned ? "on" : "",
    ethnicMinorityOwned: p.ethnicMinorityOwned ? "on" : "",
  };
}
