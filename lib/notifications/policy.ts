// When SMS/Zalo may go out (pure). Quiet hours and the day of the daily cap are in Vietnam's time
// (UTC+7, no daylight saving): a message due at night waits for the morning, it is never dropped.
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

export type SendPolicy = { quiet: { from: number; to: number } | null; dailyCap: number };

/** "21-7" → from 21:00 to 07:00; "" → no quiet hours. */
export function parseQuietHours(text: string): SendPolicy["quiet"] {
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return from === to || from > 23 || to > 23 ? null : { from, to };
}

const vnHour = (at: Date) => new Date(at.getTime() + VN_OFFSET_MS).getUTCHours();

export function inQuietHours(at: Date, quiet: SendPolicy["quiet"]): boolean {
  if (!quiet) return false;
  const h = vnHour(at);
  return quiet.from < quiet.to ? h >= quiet.from && h < quiet.to : h >= quiet.from || h < quiet.to;
}

/** Start of the Vietnamese calendar day containing `at`, as an instant. */
export function vnDayStart(at: Date): Date {
  const local = new Date(at.getTime() + VN_OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - VN_OFFSET_MS);
}

/** The next instant at `hour`:00 Vietnam time strictly after `at`. */
export function nextVnHour(at: Date, hour: number): Date {
  const candidate = new Date(vnDayStart(at).getTime() + hour * 3_600_000);
  return candidate.getTime() > at.getTime() ? candidate : new Date(candidate.getTime() + 86_400_000);
}

/** When a message that may not go out now (quiet hours or today's cap reached) should be tried again. */
export function nextWindow(at: Date, policy: SendPolicy, sentToday: number): Date | null {
  if (policy.quiet && inQuietHours(at, policy.quiet)) return nextVnHour(at, policy.quiet.to);
  if (sentToday >= policy.dailyCap) return nextVnHour(at, policy.quiet?.to ?? 0);
  return null;
}
