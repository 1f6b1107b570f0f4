import type { Tx } from "@/lib/db";

/** Atomic counter: of N concurrent callers each gets a distinct number (the row lock of the upsert decides). */
export async function nextSequence(tx: Tx, key: string): Promise<number> {
  const rows = await tx.$queryRaw<Array<{ value: number }>>`
    INSERT INTO "SequenceCounter" ("key", "value") VALUES (${key}, 1)
    ON CONFLICT ("key") DO UPDATE SET "value" = "SequenceCounter"."value" + 1
    RETURNING "value"`;
  const value = rows[0]?.value;
  if (value === undefined) throw new Error(`Không cấp được số cho ${key}`);
  return Number(value);
}
