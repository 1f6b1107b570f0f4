import "server-only";
import type { Tx } from "@/lib/db";
import { toSearchText } from "@/lib/text";
import { RETAINED_TABLES } from "@/lib/privacy/register";

// The sweep of erasure (lib/privacy/erase.ts): every text, JSON and text[] column of every table — found in
// information_schema, so a table added later is covered without a code change — except the tables handled field by
// field, the retained ones (lib/privacy/register.ts) and the migration history; each identifier replaced by the
// pseudonym. In the audit log only "reason" and "data" are touched (its trigger admits nothing else).

/** Shorter strings are not swept (they would match inside unrelated words). */
const MIN_IDENTIFIER = 6;
/** Not swept: handled field by field above, or bookkeeping of the erasure itself, or the migration history. */
export const NOT_SWEPT = new Set(["Establishment", "User", "DeletionLog", "ConsentRecord", "_prisma_migrations"]);

type Column = { schema: string; table: string; column: string; kind: "text" | "json" | "array"; cast: string };

function quoteIdent(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The identifiers to look for: each as written, plus the accent-less lower-case form search columns hold. */
export function identifiersOf(values: ReadonlyArray<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const v of values) {
    const s = v?.trim();
    if (!s || s.length < MIN_IDENTIFIER) continue;
    out.add(s);
    const folded = toSearchText(s);
    if (folded.length >= MIN_IDENTIFIER) out.add(folded);
  }
  // Longest first: "Hộ kinh doanh Nguyễn Văn An" is replaced before "Nguyễn Văn An" could cut it in two.
  return [...out].sort((a, b) => b.length - a.length);
}

async function sweepColumns(tx: Tx): Promise<Column[]> {
  const rows = await tx.$queryRawUnsafe<Array<{ s: string; t: string; c: string; dt: string; udt: string }>>(
    `SELECT c.table_schema AS s, c.table_name AS t, c.column_name AS c, c.data_type AS dt, c.udt_name AS udt
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE t.table_type = 'BASE TABLE'
        AND (c.table_schema = 'public' OR (c.table_schema = 'pgboss' AND c.table_name = 'job' AND c.column_name IN ('data', 'output')))
        AND (c.data_type IN ('text', 'character varying', 'jsonb', 'json') OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar')))
      ORDER BY 1, 2, 3`,
  );
  const retained = new Set(RETAINED_TABLES);
  return rows
    .filter((r) => !(r.s === "public" && (NOT_SWEPT.has(r.t) || retained.has(r.t))))
    .filter((r) => !(r.t === "AuditLog" && r.c !== "reason" && r.c !== "data"))
    .map((r) => ({
      schema: r.s,
      table: r.t,
      column: r.c,
      kind: r.dt === "ARRAY" ? "array" : r.dt === "jsonb" || r.dt === "json" ? "json" : "text",
      cast: r.dt === "json" ? "json" : "jsonb",
    }));
}

/** Replaces every identifier by the pseudonym in every swept column; returns rows changed per table. */
export async function sweep(tx: Tx, identifiers: string[], pseudonym: string): Promise<Record<string, number>> {
  if (identifiers.length === 0) return {};
  const columns = await sweepColumns(tx);
  const byTable = new Map<string, Column[]>();
  for (const c of columns) {
    const key = `${c.schema}.${c.table}`;
    byTable.set(key, [...(byTable.get(key) ?? []), c]);
  }
  const n = identifiers.length;
  const jsonForms = identifiers.map((s) => JSON.stringify(s).slice(1, -1));
  const out: Record<string, number> = {};
  for (const [key, cols] of byTable) {
    const [schema, table] = key.split(".") as [string, string];
    // $1..$n: identifiers as text; then, if the table has JSON columns, the same as they appear inside a JSON
    // string; last, the pseudonym. Every parameter is used (PostgreSQL must infer each one's type).
    const hasJson = cols.some((c) => c.kind === "json");
    const hasText = cols.some((c) => c.kind !== "json");
    const jsonAt = hasText ? n : 0;
    const params = [...(hasText ? identifiers : []), ...(hasJson ? jsonForms : []), pseudonym];
    const P = `$${params.length}::text`;
    const replaced = (expr: string, offset: number) =>
      identifiers.reduce((acc, _s, i) => `replace(${acc}, $${offset + i + 1}::text, ${P})`, expr);
    const found = (expr: string, offset: number) =>
      identifiers.map((_s, i) => `strpos(${expr}, $${offset + i + 1}::text) > 0`).join(" OR ");
    const sets: string[] = [];
    const conds: string[] = [];
    for (const c of cols) {
      const col = quoteIdent(c.column);
      if (c.kind === "text") {
        sets.push(`${col} = ${replaced(col, 0)}`);
        conds.push(found(col, 0));
      } else if (c.kind === "json") {
        sets.push(`${col} = (${replaced(`${col}::text`, jsonAt)})::${c.cast}`);
        conds.push(found(`${col}::text`, jsonAt));
      } else {
        sets.push(
          `${col} = CASE WHEN ${col} IS NULL THEN NULL ELSE ARRAY(SELECT ${replaced("x", 0)} FROM unnest(${col}) WITH ORDINALITY AS u(x, o) ORDER BY o) END`,
        );
        conds.push(found(`array_to_string(${col}, chr(31))`, 0));
      }
    }
    const sql = `UPDATE ${quoteIdent(schema)}.${quoteIdent(table)} SET ${sets.join(", ")} WHERE ${conds.map((c) => `(${c})`).join(" OR ")}`;
    const count = await tx.$executeRawUnsafe(sql, ...params);
    if (count > 0) out[table] = count;
  }
  return out;
}

export async function deleteWhereKeyContains(tx: Tx, table: string, identifiers: string[]): Promise<number> {
  if (identifiers.length === 0) return 0;
  const conds = identifiers.map((_s, i) => `strpos("key", $${i + 1}) > 0`).join(" OR ");
  return tx.$executeRawUnsafe(`DELETE FROM ${quoteIdent(table)} WHERE ${conds}`, ...identifiers);
}
