// A channel adapter sends one message to one person and says whether a failure is worth retrying.

/** What a delivery carries to an adapter: the text (SMS), the template parameters (ZNS), a stable id. */
export type OutgoingMessage = {
  /** The delivery id: providers use it to drop duplicates (eSMS RequestId, ZNS tracking_id). */
  id: string;
  to: string;
  text: string;
  params: Record<string, string>;
};

export type SendResult = { providerId: string | null };

/**
 * A refused or failed send. `permanent` = sending the same thing again cannot succeed (invalid phone,
 * template not approved, wrong credentials): it goes straight to the dead-letter list. Otherwise the
 * queue retries with exponential backoff (quota, gateway down, timeouts).
 */
export class ChannelError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly code?: string,
  ) {
    super(message);
    this.name = "ChannelError";
  }
}

export interface ChannelAdapter {
  readonly channel: "SMS" | "ZALO";
  send(message: OutgoingMessage): Promise<SendResult>;
}

/** Vietnamese mobile numbers as providers want them: 84xxxxxxxxx (no +, no leading 0). */
export function toMsisdn(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.startsWith("84")) return digits;
  if (digits.startsWith("0")) return `84${digits.slice(1)}`;
  return digits;
}

/** Fetch with a time limit; a network failure or timeout is transient. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<{ status: number; json: unknown }> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    throw new ChannelError(
      `Không kết nối được cổng gửi tin: ${e instanceof Error ? e.message : String(e)}`,
      false,
      "network",
    );
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (res.status >= 500 || res.status === 429)
    throw new ChannelError(`Cổng gửi tin trả lỗi HTTP ${res.status}`, false, `http-${res.status}`);
  return { status: res.status, json };
}
