import "server-only";
import { getDb } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { parseOrThrow, z } from "@/lib/validation";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { vnDay } from "@/lib/dates";
import { writeAudit } from "@/lib/audit/write";
import { findProposalInScope, proposalScope } from "@/lib/proposals/scope";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { visitSchema } from "@/lib/implementation/schemas";
import { assertVisitAllowed } from "@/lib/implementation/progress";
import { PHOTO_TYPES, storeUploads, type Upload } from "@/lib/uploads/evidence";
import type { FieldChange, FieldItem, FieldList } from "@/lib/field/types";
import { libText } from "@/lib/i18n/lib-token";

export type { FieldChange, FieldItem, FieldList };

// The field app's server side (issue 19, item 1): the day's list an officer takes into the field, and the sync of a
// visit recorded offline. A record carries the device's id (sent twice, stored once), the đề án's version when the
// list was loaded and when that was: if the đề án changed since (a status change, an amendment, another officer's
// visit), the record is not stored but answered with what changed — the officer decides, nothing is overwritten.

export const FIELD_STATUSES: readonly ProposalStatus[] = ["CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED"];
export const FIELD_LIST_LIMIT = 100;
export const MAX_FIELD_PHOTOS = 6;

/** The đề án of the officer's scope that can be visited, today's acceptances first; bounded. */
export async function fieldDayList(actor: Actor): Promise<FieldList> {
  assertCan(actor, "funding.manage");
  const db = await getDb();
  const today = vnDay(new Date());
  const listedAt = new Date().toISOString();
  const rows = await db.proposal.findMany({
    where: { AND: [proposalScope(actor), { status: { in: [...FIELD_STATUSES] } }] },
    select: {
      id: true,
      code: true,
      title: true,
      location: true,
      status: true,
      version: true,
      establishment: { select: { name: true } },
      commune: { select: { name: true } },
      visits: { select: { visitedAt: true }, orderBy: { visitedAt: "desc" }, take: 1 },
      acceptanceSchedules: {
        select: { scheduledFor: true },
        orderBy: { createdAt: "desc" },
        take: 1,
      },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: FIELD_LIST_LIMIT + 1,
  });
  const items = rows.slice(0, FIELD_LIST_LIMIT).map((p) => ({
    id: p.id,
    code: p.code,
    title: p.title,
    establishment: p.establishment?.name ?? null,
    commune: p.commune?.name ?? null,
    location: p.location,
    status: p.status,
    statusLabel: STATUS_INFO[p.status].label.vi,
    version: p.version,
    lastVisit: p.visits[0]?.visitedAt.toISOString().slice(0, 10) ?? null,
    scheduledToday: p.acceptanceSchedules[0]?.scheduledFor.getTime() === today.getTime(),
  }));
  items.sort((a, b) => Number(b.scheduledToday) - Number(a.scheduledToday));
  return { listedAt, items, more: rows.length > FIELD_LIST_LIMIT };
}

const photoMeta = z.object({
  takenAt: z.string().datetime({ offset: true, message: libText("validation.captureTimeInvalid") }),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  accuracyM: z.number().min(0).max(100_000).nullable(),
});

export const fieldRecordSchema = z.object({
  clientId: z.string().uuid("Mã bản ghi không hợp lệ."),
  proposalId: z.string().min(1).max(40),
  baseVersion: z.number().int().min(0),
  listedAt: z.string().datetime({ offset: true }),
  recordedAt: z.string().datetime({ offset: true }),
  /** "keep": the officer saw the changes and sends the record anyway. */
  resolve: z.enum(["keep"]).optional(),
  fields: z.unknown(),
  photos: z.array(photoMeta).max(MAX_FIELD_PHOTOS, `Tối đa ${MAX_FIELD_PHOTOS} ảnh.`),
});

/** The đề án changed since the list was loaded: what the officer is shown before deciding. */
export class FieldConflictError extends AppError {
  constructor(
    readonly current: { status: ProposalStatus; statusLabel: string; version: number },
    readonly changes: FieldChange[],
    /** False when the record cannot be stored whatever the officer decides (e.g. the đề án was stopped). */
    readonly canKeep: boolean,
  ) {
    super("Đề án đã thay đổi từ khi bạn tải danh sách. Xem thay đổi rồi quyết định gửi hay bỏ biên bản.", "CONFLICT");
  }
}

export type FieldSyncResult = { visitId: string; duplicate: boolean };

/** Stores a visit recorded in the field app, once, unless the đề án changed since and the officer has not decided. */
export async function syncFieldVisit(
  actor: Actor,
  input: unknown,
  photos: readonly Upload[],
): Promise<FieldSyncResult> {
  assertCan(actor, "funding.manage");
  const rec = parseOrThrow(fieldRecordSchema, input);
  const data = parseOrThrow(visitSchema, rec.fields);
  if (photos.length !== rec.photos.length)
    throw new ValidationError({ photos: [libText("validation.theNumberOfPhotosDoes")] });
  if (data.visitedAt.getTime() > vnDay(new Date()).getTime())
    throw new ValidationError({ visitedAt: [libText("validation.theCheckDateCannotBe")] });
  const db = await getDb();
  const existing = await db.monitoringVisit.findUnique({ where: { clientId: rec.clientId }, select: { id: true } });
  if (existing) return { visitId: existing.id, duplicate: true };
  try {
    return await db.$transaction(async (tx) => {
      const p = await findProposalInScope(tx, actor, rec.proposalId, { id: true, status: true, version: true });
      const current = { status: p.status, statusLabel: STATUS_INFO[p.status].label.vi, version: p.version };
      let allowed = true;
      try {
        assertVisitAllowed(data.kind, p.status);
      } catch {
        allowed = false;
      }
      const since = new Date(rec.listedAt);
      const [events, visits] = await Promise.all([
        tx.proposalEvent.findMany({
          where: { proposalId: p.id, createdAt: { gt: since } },
          select: { action: true, toStatus: true, actorName: true, createdAt: true },
          orderBy: { createdAt: "asc" },
          take: 20,
        }),
        tx.monitoringVisit.findMany({
          where: { proposalId: p.id, createdAt: { gt: since } },
          select: { visitedAt: true, createdById: true, createdAt: true, kind: true },
          orderBy: { createdAt: "asc" },
          take: 20,
        }),
      ]);
      const changes: FieldChange[] = [
        ...events.map((e) => ({
          at: e.createdAt.toISOString(),
          what: e.toStatus ? `Trạng thái: ${STATUS_INFO[e.toStatus].label.vi}` : e.action,
          by: e.actorName,
        })),
        ...visits.map((v) => ({
          at: v.createdAt.toISOString(),
          what: `Đã có biên bản ${v.kind === "MONITORING" ? "kiểm tra" : "hậu kiểm"} ngày ${v.visitedAt
            .toISOString()
            .slice(0, 10)
            .split("-")
            .reverse()
            .join("/")}`,
          by: v.createdById === actor.id ? "Bạn" : "Cán bộ khác",
        })),
      ].sort((a, b) => a.at.localeCompare(b.at));
      if (p.version !== rec.baseVersion && changes.length === 0)
        changes.push({ at: new Date().toISOString(), what: "Nội dung đề án đã được điều chỉnh", by: null });
      const byOthers = visits.filter((v) => v.createdById !== actor.id);
      if (!allowed || ((p.version !== rec.baseVersion || byOthers.length > 0) && rec.resolve !== "keep"))
        throw new FieldConflictError(current, changes, allowed);

      const documentIds = await storeUploads(tx, actor, p.id, "PHOTO", photos, PHOTO_TYPES, "photos");
      const visit = await tx.monitoringVisit.create({
        data: {
          proposalId: p.id,
          kind: data.kind,
          visitedAt: data.visitedAt,
          findings: data.findings,
          compliant: data.compliant,
          createdById: actor.id,
          clientId: rec.clientId,
          recordedAt: new Date(rec.recordedAt),
          conflictAcknowledged: rec.resolve === "keep",
          photos: rec.photos.map((m, i) => ({ documentId: documentIds[i]!, ...m })),
        },
        select: { id: true },
      });
      await writeAudit(tx, actor, {
        action: `visit.${data.kind.toLowerCase()}`,
        entity: "MonitoringVisit",
        entityId: visit.id,
        data: {
          proposalId: p.id,
          compliant: data.compliant,
          fieldApp: true,
          recordedAt: rec.recordedAt,
          conflictAcknowledged: rec.resolve === "keep",
          photos: documentIds.length,
        },
      });
      return { visitId: visit.id, duplicate: false };
    });
  } catch (e) {
    // The same record sent twice at once: the unique clientId lets one in; the other reads it back.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const again = await db.monitoringVisit.findUnique({ where: { clientId: rec.clientId }, select: { id: true } });
      if (again) return { visitId: again.id, duplicate: true };
    }
    throw e;
  }
}

export type VisitPhoto = {
  documentId: string;
  takenAt: string;
  latitude: number | null;
  longitude: number | null;
  accuracyM: number | null;
};

/** The photos recorded with a visit, as stored (an older visit has none). */
export function visitPhotos(json: Prisma.JsonValue): VisitPhoto[] {
  return Array.isArray(json) ? (json as unknown as VisitPhoto[]) : [];
}

export type VisitMinutes = {
  proposal: { id: string; code: string | null; title: string; establishment: string | null; agency: string };
  visit: {
    id: string;
    kind: "MONITORING" | "POST_CHECK";
    visitedAt: Date;
    findings: string;
    compliant: boolean;
    recordedAt: Date | null;
    createdAt: Date;
    officer: string;
    conflictAcknowledged: boolean;
    photos: VisitPhoto[];
  };
};

/** A visit and its photos as the printed minutes show them (the đề án in the actor's scope). */
export async function getVisitMinutes(actor: Actor, proposalId: string, visitId: string): Promise<VisitMinutes> {
  assertCan(actor, "proposal.viewAgency");
  const db = await getDb();
  const p = await findProposalInScope(db, actor, proposalId, {
    id: true,
    code: true,
    title: true,
    establishment: { select: { name: true } },
    agency: { select: { name: true } },
  });
  const v = await db.monitoringVisit.findFirst({ where: { id: visitId, proposalId: p.id } });
  if (!v) throw new NotFoundError(libText("errors.theInspectionMinutesWereNot"));
  const officer = await db.user.findUnique({ where: { id: v.createdById }, select: { name: true } });
  return {
    proposal: {
      id: p.id,
      code: p.code,
      title: p.title,
      establishment: p.establishment?.name ?? null,
      agency: p.agency.name,
    },
    visit: {
      id: v.id,
      kind: v.kind,
      visitedAt: v.visitedAt,
      findings: v.findings,
      compliant: v.compliant,
      recordedAt: v.recordedAt,
      createdAt: v.createdAt,
      officer: officer?.name ?? "—",
      conflictAcknowledged: v.conflictAcknowledged,
      photos: visitPhotos(v.photos),
    },
  };
}
