import type { Tx } from "@/lib/db";

/**
 * Next value of a named counter, atomically: the row lock taken by ON CONFLICT DO UPDATE serializes
 * concurrent callers, and a rolled-back transaction gives its number back.
 */
export async function nextSequence(tx: Tx, key: string): Promise<number> {
  const rows = await tx.$queryRaw<Array<{ value: number }>>`
    INSERT INTO "SequenceCounter" ("key", "value") VALUES (${key}, 1)
    ON CONFLICT ("key") DO UPDATE SET "value" = "SequenceCounter"."value" + 1
    RETURNING "value"`;
  const value = rows[0]?.value;
  if (typeof value !== "number") throw new Error(`SequenceCounter ${key} returned no value`);
  return value;
}
