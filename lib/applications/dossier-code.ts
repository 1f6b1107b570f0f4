import type { Tx } from "@/lib/db";
import { vnDay } from "@/lib/dates";

/** "YYMMDD" of the receipt date in Vietnam. */
export function yymmdd(at: Date): string {
  return vnDay(at).toISOString().slice(2, 10).replace(/-/g, "");
}

/**
 * Next dossier code `<agency code>-YYMMDD-XXXX` (TT 01/2018/TT-VPCP Art. 19): a counter per agency per day,
 * incremented atomically by the database inside the submit transaction. The row lock of ON CONFLICT DO
 * UPDATE serializes concurrent submissions; a rolled-back submission gives its number back.
 */
export async function nextDossierCode(tx: Tx, agencyCode: string, at: Date): Promise<string> {
  const day = yymmdd(at);
  const key = `dossier:${agencyCode}:${day}`;
  const rows = await tx.$queryRaw<Array<{ value: number }>>`
    INSERT INTO "SequenceCounter" ("key", "value") VALUES (${key}, 1)
    ON CONFLICT ("key") DO UPDATE SET "value" = "SequenceCounter"."value" + 1
    RETURNING "value"`;
  const value = rows[0]?.value;
  if (typeof value !== "number") throw new Error(`SequenceCounter ${key} returned no value`);
  return `${agencyCode}-${day}-${String(value).padStart(4, "0")}`;
}
