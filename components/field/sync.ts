// Sends the visits recorded on this device to the portal (issue 19), one request per record, in the order recorded.
// A record is "sent" only when the portal answers that it has it (201, or 200 for a retry of one it already has — the
// device's id makes a resend harmless); a 409 makes it a conflict shown to the officer; a 422 asks for a correction;
// no connection or an expired session leaves it waiting ("chưa gửi") with the reason.
import { allRecords, putRecord, type FieldRecord } from "@/components/field/store";

export const SYNC_URL = "/api/thuc-dia/ghi-nhan";

let running: Promise<number> | null = null;

/** Sends every waiting record; resolves with how many reached the portal. One run at a time. */
export function syncAll(): Promise<number> {
  running ??= run().finally(() => {
    running = null;
  });
  return running;
}

async function run(): Promise<number> {
  let sent = 0;
  const waiting = (await allRecords()).filter((r) => r.state === "pending").reverse();
  for (const r of waiting) {
    const outcome = await send(r);
    await putRecord(outcome);
    if (outcome.state === "sent") sent++;
    if (outcome.state === "pending") break; // no connection: the rest wait too
  }
  return sent;
}

export async function send(r: FieldRecord): Promise<FieldRecord> {
  const body = new FormData();
  body.set(
    "record",
    JSON.stringify({
      clientId: r.clientId,
      proposalId: r.proposalId,
      baseVersion: r.baseVersion,
      listedAt: r.listedAt,
      recordedAt: r.recordedAt,
      resolve: r.resolve,
      fields: r.fields,
      photos: r.photos.map(({ takenAt, latitude, longitude, accuracyM }) => ({
        takenAt,
        latitude,
        longitude,
        accuracyM,
      })),
    }),
  );
  for (const p of r.photos) body.append("photo", p.blob, p.name);
  let res: Response;
  try {
    res = await fetch(SYNC_URL, { method: "POST", body, credentials: "same-origin" });
  } catch {
    return { ...r, state: "pending", message: "Chưa có kết nối: sẽ gửi khi có mạng." };
  }
  const json = (await res.json().catch(() => ({}))) as {
    visitId?: string;
    error?: string;
    fieldErrors?: Record<string, string[]>;
    conflict?: FieldRecord["conflict"];
  };
  if (res.status === 200 || res.status === 201)
    return { ...r, state: "sent", visitId: json.visitId, sentAt: new Date().toISOString(), message: undefined };
  if (res.status === 409 && json.conflict)
    return { ...r, state: "conflict", conflict: json.conflict, message: json.error };
  if (res.status === 422) {
    const details = Object.values(json.fieldErrors ?? {})
      .flat()
      .join(" ");
    return { ...r, state: "invalid", message: details || json.error || "Dữ liệu chưa hợp lệ." };
  }
  if (res.status === 401)
    return { ...r, state: "pending", message: "Phiên đăng nhập đã hết: đăng nhập lại rồi bấm “Gửi ngay”." };
  if (res.status >= 500 || res.status === 429 || res.status === 503)
    return { ...r, state: "pending", message: "Cổng tạm thời chưa nhận: sẽ thử lại." };
  return { ...r, state: "invalid", message: json.error ?? `Không gửi được (mã ${res.status}).` };
}
