import { formatMoney } from "@/lib/money";

/** DTOs carry money as decimal strings (bigint cannot cross to the client). */
export function money(v: string | null | undefined): string {
  return v === null || v === undefined ? "—" : formatMoney(BigInt(v));
}

export function todayIso(): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Ho_Chi_Minh",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
  return parts;
}
