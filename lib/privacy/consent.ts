import "server-only";
import type { Tx } from "@/lib/db";
import type { ConsentPurpose } from "@/lib/generated/prisma/enums";
import { CONSENT_TEXT_VERSION } from "@/lib/privacy/register";

// Consent records (Law 91/2025/QH15): each consent is a row with the purpose, the version of the text agreed to,
// when, and how; a withdrawal sets `withdrawnAt` on the open row. Written in the caller's transaction, next to the
// change the consent is about (registration, the SMS/Zalo choice, publishing an answer).

export async function recordConsent(
  tx: Tx,
  c: {
    userId?: string | null;
    establishmentId?: string | null;
    purpose: ConsentPurpose;
    version?: string;
    source?: "web" | "desk";
  },
  now = new Date(),
): Promise<void> {
  const version = c.version ?? CONSENT_TEXT_VERSION;
  const open = await tx.consentRecord.findFirst({
    where: {
      userId: c.userId ?? null,
      establishmentId: c.establishmentId ?? null,
      purpose: c.purpose,
      version,
      withdrawnAt: null,
    },
    select: { id: true },
  });
  if (open) return;
  await tx.consentRecord.create({
    data: {
      userId: c.userId ?? null,
      establishmentId: c.establishmentId ?? null,
      purpose: c.purpose,
      version,
      source: c.source ?? "web",
      givenAt: now,
    },
  });
}

/** Withdraws every open consent of the account for the purpose; returns how many were open. */
export async function withdrawConsent(
  tx: Tx,
  userId: string,
  purpose: ConsentPurpose,
  now = new Date(),
): Promise<number> {
  const r = await tx.consentRecord.updateMany({
    where: { userId, purpose, withdrawnAt: null },
    data: { withdrawnAt: now },
  });
  return r.count;
}
