import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { AnonymizeInput } from "@/lib/privacy/schemas";
import { eraseEstablishment } from "@/lib/privacy/erase";

/**
 * Erases the personal data of an establishment and of its accounts everywhere the portal holds it, keeping the
 * records of public money the law requires (lib/privacy/erase.ts has the whole of it).
 */
export async function anonymizeEstablishment(
  actor: Actor,
  input: AnonymizeInput,
  now = new Date(),
): Promise<{ deletionLogId: string }> {
  const { deletionLogId } = await eraseEstablishment(actor, input, now);
  return { deletionLogId };
}
