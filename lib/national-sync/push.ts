import "server-only";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { STATUS_INFO } from "@/lib/proposals/workflow";

// Pushes one dossier status change to the national public-service portal (issue 20), in the documented JSON format
// (docs/dong-bo-dvcqg.md). Called by the `national-sync` queue's worker for each event; the `Idempotency-Key`
// header is the event id, and a row already SENT is never sent again — a job run twice (a worker restarted after the
// send, before its completion was recorded) asks the other side first (GET by key) and records what it finds.
// 2xx → SENT; 4xx except 408/429 → FAILED with the answer (not retried: resending the same message cannot help);
// 5xx, 408, 429 and network errors → thrown, so the queue retries with backoff.

export type NationalPayload = {
  maDongBo: string;
  maHoSo: string;
  maThuTuc: string;
  coQuan: { ma: string; ten: string };
  trangThai: string;
  tenTrangThai: string;
  thoiDiem: string;
  ngayNop: string | null;
  ketQua: { loai: string; soVanBan: string; ngay: string } | null;
};

export class RetryablePushError extends Error {}

export async function buildPayload(eventId: string): Promise<NationalPayload | null> {
  const db = await getDb();
  const ev = await db.proposalEvent.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      toStatus: true,
      createdAt: true,
      proposal: {
        select: {
          code: true,
          submittedAt: true,
          agency: { select: { code: true, name: true } },
          decisions: { orderBy: { decidedAt: "desc" }, take: 1, select: { kind: true, number: true, decidedAt: true } },
        },
      },
    },
  });
  if (!ev?.toStatus || !ev.proposal.code) return null;
  const d = ev.proposal.decisions[0];
  const decided = ["APPROVED", "REJECTED"].includes(ev.toStatus);
  return {
    maDongBo: ev.id,
    maHoSo: ev.proposal.code,
    maThuTuc: env().NATIONAL_PROCEDURE_CODE,
    coQuan: { ma: ev.proposal.agency.code, ten: ev.proposal.agency.name },
    trangThai: ev.toStatus,
    tenTrangThai: STATUS_INFO[ev.toStatus].label.vi,
    thoiDiem: ev.createdAt.toISOString(),
    ngayNop: ev.proposal.submittedAt?.toISOString() ?? null,
    ketQua: decided && d ? { loai: d.kind, soVanBan: d.number, ngay: d.decidedAt.toISOString() } : null,
  };
}

function headers(eventId: string): Record<string, string> {
  const token = env().NATIONAL_PORTAL_TOKEN;
  return {
    "Content-Type": "application/json; charset=utf-8",
    "Idempotency-Key": eventId,
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
  };
}

export async function pushStatusChange(eventId: string, fetchImpl: typeof fetch = fetch): Promise<string> {
  const db = await getDb();
  const row = await db.nationalSync.findUnique({ where: { eventId } });
  if (!row || row.status === "SENT" || row.status === "FAILED") return row?.status ?? "GONE";
  const url = env().NATIONAL_PORTAL_URL;
  if (!url) {
    await db.nationalSync.update({
      where: { eventId },
      data: { status: "SKIPPED", lastError: "Chưa cấu hình NATIONAL_PORTAL_URL" },
    });
    return "SKIPPED";
  }
  const payload = await buildPayload(eventId);
  if (!payload) {
    await db.nationalSync.update({ where: { eventId }, data: { status: "FAILED", lastError: "Không còn sự kiện" } });
    return "FAILED";
  }
  await db.nationalSync.update({ where: { eventId }, data: { attempts: { increment: 1 } } });
  // A retry after an unrecorded success: the other side already has this key.
  if (row.attempts > 0) {
    const seen = await fetchImpl(`${url}/${encodeURIComponent(eventId)}`, { headers: headers(eventId) }).catch(
      () => null,
    );
    if (seen?.ok) {
      await db.nationalSync.update({
        where: { eventId },
        data: { status: "SENT", sentAt: new Date(), lastError: null },
      });
      return "SENT";
    }
  }
  let res: Response;
  try {
    res = await fetchImpl(url, { method: "POST", headers: headers(eventId), body: JSON.stringify(payload) });
  } catch (e) {
    await db.nationalSync.update({
      where: { eventId },
      data: { lastError: `Lỗi kết nối: ${String(e)}`.slice(0, 500) },
    });
    throw new RetryablePushError(`Cổng DVC quốc gia không trả lời: ${String(e)}`);
  }
  if (res.ok) {
    await db.nationalSync.update({ where: { eventId }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
    return "SENT";
  }
  const text = (await res.text().catch(() => "")).slice(0, 300);
  if (res.status >= 500 || res.status === 408 || res.status === 429) {
    await db.nationalSync.update({ where: { eventId }, data: { lastError: `HTTP ${res.status}: ${text}` } });
    throw new RetryablePushError(`Cổng DVC quốc gia trả lỗi HTTP ${res.status}`);
  }
  await db.nationalSync.update({
    where: { eventId },
    data: { status: "FAILED", lastError: `HTTP ${res.status}: ${text}` },
  });
  return "FAILED";
}
