import type { Notice } from "@/lib/notifications/templates";

// SMS and Zalo texts of a notice (pure), Vietnamese first, English for accounts whose locale is "en".
// SMS goes without diacritics (one 160-character GSM segment instead of 70 UCS-2 characters); ZNS fills
// the approved template's parameters: ma_ho_so, noi_dung, lien_ket (≤ 400 characters in all).

const EN: Record<string, string> = {
  "proposal.received": "Your dossier was submitted",
  "proposal.returned": "Your dossier must be supplemented",
  "proposal.approved": "Your proposal was approved",
  "proposal.rejected": "Your proposal was not approved",
  "plan.approved": "Your proposal is in the approved plan",
  "contract.ready": "Your contract is ready to sign",
  "advance.paid": "The advance was paid",
  "acceptance.scheduled": "Acceptance of your project is scheduled",
  "acceptance.recorded": "Your project passed acceptance",
  "settlement.done": "Your project was settled",
  "call.opened": "New call for proposals",
  "call.closing": "A call for proposals closes soon",
  "proposal.message": "New message about your dossier",
};

/** Vietnamese without diacritics (đ → d). */
export function unaccent(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

function english(n: Notice): string {
  const base =
    EN[n.kind] ??
    (n.kind.startsWith("reminder.") ? "Deadline reminder" : "Update from the industrial extension portal");
  return n.ref ? `${base}: ${n.ref}` : base;
}

function url(n: Notice, appUrl: string): string {
  return n.link ? `${appUrl.replace(/\/$/, "")}${n.link}` : "";
}

/** Two segments at most (306 GSM characters); the link is kept whole. */
export function smsText(n: Notice, locale: string, appUrl: string): string {
  const link = url(n, appUrl);
  const head = locale === "en" ? english(n) : unaccent(n.detail ? `${n.title}. ${n.detail}` : n.title);
  const room = 306 - (link ? link.length + 1 : 0) - "KhuyenCong: ".length;
  const text = head.length > room ? `${head.slice(0, room - 3)}...` : head;
  return `KhuyenCong: ${text}${link ? ` ${link}` : ""}`;
}

export function znsParams(n: Notice, locale: string, appUrl: string): Record<string, string> {
  return {
    ma_ho_so: n.ref ?? "",
    noi_dung: locale === "en" ? english(n) : n.detail ? `${n.title}. ${n.detail}` : n.title,
    lien_ket: url(n, appUrl),
  };
}
