import type { SignMode } from "@/lib/generated/prisma/enums";

// ProposalEvent.onBehalfOfName is written by two different acts: staff filing for an establishment
// (assisted submission — the establishment's name) and an officer signing a decision for the head of the
// agency under a delegation (the principal's name, Art. 13 ND 30/2020/NĐ-CP: KT. / TL. / TUQ.). The
// event's action tells them apart; the decision's SignMode, when known, names the form of signing.
const FILING = new Set(["submit", "resubmit"]);
const DECIDING = new Set(["approve", "reject", "return"]);

const SIGNED = {
  KY_THAY: { vi: "ký thay cho", en: "signed for" },
  THUA_LENH: { vi: "thừa lệnh", en: "by order of" },
  UY_QUYEN: { vi: "thừa ủy quyền", en: "by authorisation of" },
} as const;

/** "nộp thay cho X", "ký thay cho X", "thừa lệnh X", … — or null when nobody acted for anybody. */
export function onBehalfText(
  e: { action?: string | null; onBehalfOfName?: string | null; signMode?: SignMode | null },
  locale: "vi" | "en" = "vi",
): string | null {
  if (!e.onBehalfOfName) return null;
  const action = e.action ?? "";
  if (DECIDING.has(action)) {
    const mode = e.signMode && e.signMode !== "DIRECT" ? e.signMode : "KY_THAY";
    return `${SIGNED[mode][locale]} ${e.onBehalfOfName}`;
  }
  if (FILING.has(action)) return `${locale === "vi" ? "nộp thay cho" : "filed on behalf of"} ${e.onBehalfOfName}`;
  return `${locale === "vi" ? "thay mặt" : "on behalf of"} ${e.onBehalfOfName}`;
}
