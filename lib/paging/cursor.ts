// Keyset paging (issue 21: every list bounded). A cursor is the sort key of the last row shown, carried in the URL
// (`sau=`) as base64url, so "Xem thêm" links survive sharing; a forged or broken one reads as "no cursor" (page 1).
export function encodeCursor(parts: readonly (string | number | bigint)[]): string {
  return Buffer.from(parts.map(String).join("|"), "utf8").toString("base64url");
}

export function decodeCursor(value: unknown, arity: number): string[] | null {
  if (typeof value !== "string" || value.length > 200) return null;
  const parts = Buffer.from(value, "base64url").toString("utf8").split("|");
  return parts.length === arity ? parts : null;
}

/** "More after this page": read one row more than shown. */
export function splitPage<T>(rows: readonly T[], size: number): { rows: T[]; more: boolean } {
  return rows.length > size ? { rows: rows.slice(0, size), more: true } : { rows: [...rows], more: false };
}
