import "server-only";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { routes } from "@/lib/routes";
import { privacyScope } from "@/lib/privacy/scope";
import { REGISTER, REGISTER_KEYS, type RegisterKey } from "@/lib/privacy/register";
import { libText } from "@/lib/i18n/lib-token";

// Everything the portal holds about an establishment and its accounts (the right of access, Law 91/2025/QH15),
// one section per entry of the register (lib/privacy/register.ts). The person themself (an account of the
// establishment) or an administrator of its province may take it. Money as strings of VND, times as ISO 8601.
// Files are listed with their SHA-256 and address (the bytes are downloaded from there); secrets (password hash,
// TOTP secret, recovery and claim code hashes) are not data about the person and are never exported.

/** How many audit rows the export carries (newest first); the count says when there are more. */
const AUDIT_LIMIT = 5000;

type Plain = string | number | boolean | null | Plain[] | { [k: string]: Plain };

/** BigInt → string, Date → ISO string, recursively: the export is plain JSON. */
export function toPlain(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return v.toString();
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(toPlain);
  if (typeof v === "object") {
    const out: Record<string, Plain> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = toPlain(x);
    return out;
  }
  return v as Plain;
}

export type PersonalDataExport = {
  exportedAt: string;
  legalBasis: string;
  register: Array<{ key: RegisterKey; title: string; retention: string }>;
  sections: Record<RegisterKey, Plain>;
};

async function assertMayExport(actor: Actor, establishmentId: string): Promise<void> {
  if (actor.establishmentId === establishmentId) return;
  if (!can(actor.role, "personalData.manage")) throw new ForbiddenError();
  const db = await getDb();
  const inScope = await db.establishment.count({ where: { AND: [{ id: establishmentId }, privacyScope(actor)] } });
  if (inScope === 0) throw new NotFoundError(libText("errors.theEstablishmentWasNotFound"));
}

export async function exportPersonalDataFull(actor: Actor, establishmentId: string): Promise<PersonalDataExport> {
  await assertMayExport(actor, establishmentId);
  const db = await getDb();
  const e = await db.establishment.findUnique({
    where: { id: establishmentId },
    include: { commune: { select: { name: true } } },
  });
  if (!e) throw new NotFoundError(libText("errors.theEstablishmentWasNotFound"));
  const users = await db.user.findMany({
    where: { establishmentId },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      role: true,
      title: true,
      locale: true,
      active: true,
      createdAt: true,
      lastLoginAt: true,
    },
  });
  const userIds = users.map((u) => u.id);
  const byUser = { where: { userId: { in: userIds } } };
  const proposals = await db.proposal.findMany({
    where: { establishmentId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      code: true,
      title: true,
      objectives: true,
      location: true,
      year: true,
      status: true,
      fund: true,
      totalCost: true,
      requestedSupport: true,
      approvedSupport: true,
      counterpart: true,
      startDate: true,
      endDate: true,
      submittedAt: true,
      decidedAt: true,
      createdAt: true,
      activityCategory: { select: { name: true } },
      budgetLines: true,
      events: { orderBy: { createdAt: "asc" } },
      supplements: { orderBy: { round: "asc" } },
      decisions: {
        select: { kind: true, number: true, decidedAt: true, reason: true, signerName: true, round: true },
      },
      progressReports: true,
      results: { select: { indicator: { select: { name: true } }, value: true, year: true, status: true } },
    },
  });
  const proposalIds = proposals.map((p) => p.id);
  const emails = [e.email, ...users.map((u) => u.email)].filter((x): x is string => !!x);
  const [
    sessions,
    factors,
    identities,
    idNumbers,
    consents,
    prefs,
    subscriptions,
    documents,
    messages,
    notifications,
    deliveries,
    mails,
    requests,
    claims,
    deletions,
    feedback,
    auditCount,
    audit,
    contract,
    ledger,
    acceptances,
    settlements,
    issued,
  ] = await Promise.all([
    db.authSession.findMany({
      ...byUser,
      select: {
        method: true,
        createdAt: true,
        lastSeenAt: true,
        expiresAt: true,
        revokedAt: true,
        ip: true,
        userAgent: true,
      },
    }),
    db.secondFactor.findMany({ ...byUser, select: { userId: true, confirmedAt: true, createdAt: true } }),
    db.externalIdentity.findMany({
      ...byUser,
      select: { issuer: true, subject: true, claims: true, createdAt: true, lastLoginAt: true },
    }),
    db.personalIdNumber.findMany(byUser),
    db.consentRecord.findMany({
      where: { OR: [{ userId: { in: userIds } }, { establishmentId }] },
      orderBy: { givenAt: "asc" },
    }),
    db.notificationPreference.findMany(byUser),
    db.callSubscription.findMany(byUser),
    db.document.findMany({
      where: { OR: [{ proposalId: { in: proposalIds } }, { uploadedById: { in: userIds } }] },
      select: {
        id: true,
        proposalId: true,
        kind: true,
        fileName: true,
        mimeType: true,
        size: true,
        sha256: true,
        createdAt: true,
      },
    }),
    db.message.findMany({
      where: { proposalId: { in: proposalIds }, internal: false },
      orderBy: { createdAt: "asc" },
      select: { proposalId: true, authorName: true, body: true, createdAt: true },
    }),
    db.notification.findMany({ ...byUser, orderBy: { createdAt: "asc" } }),
    db.notificationDelivery.findMany({
      ...byUser,
      orderBy: { createdAt: "asc" },
      select: {
        channel: true,
        to: true,
        kind: true,
        subject: true,
        text: true,
        status: true,
        createdAt: true,
        sentAt: true,
      },
    }),
    db.outboxEmail.findMany({ where: { to: { in: emails } }, orderBy: { createdAt: "asc" } }),
    db.dataSubjectRequest.findMany({ where: { establishmentId }, orderBy: { receivedAt: "asc" } }),
    db.accountClaim.findMany({
      where: { establishmentId },
      select: { createdAt: true, expiresAt: true, usedAt: true, revokedAt: true },
    }),
    db.deletionLog.findMany({ where: { establishmentId }, select: { at: true, reason: true, fields: true } }),
    db.feedback.findMany({
      where: { senderUserId: { in: userIds } },
      orderBy: { receivedAt: "asc" },
      select: {
        code: true,
        kind: true,
        senderName: true,
        contact: true,
        content: true,
        status: true,
        receivedAt: true,
        answer: true,
        answeredAt: true,
        publishConsent: true,
      },
    }),
    db.auditLog.count({ where: auditWhere(establishmentId, userIds, proposalIds) }),
    db.auditLog.findMany({
      where: auditWhere(establishmentId, userIds, proposalIds),
      orderBy: { id: "desc" },
      take: AUDIT_LIMIT,
    }),
    db.contract.findMany({ where: { proposalId: { in: proposalIds } } }),
    db.ledgerEntry.findMany({ where: { proposalId: { in: proposalIds } } }),
    db.acceptance.findMany({ where: { proposalId: { in: proposalIds } } }),
    db.settlement.findMany({ where: { proposalId: { in: proposalIds } } }),
    db.issuedDocument.findMany({
      where: { proposalId: { in: proposalIds } },
      select: { code: true, kind: true, number: true, issuedOn: true, issuerName: true, status: true, sha256: true },
    }),
  ]);
  const { commune, searchText: _s, ...profile } = e;
  void _s;
  const sections: Record<RegisterKey, unknown> = {
    establishment: { ...profile, commune: commune?.name ?? null },
    accounts: users,
    security: { sessions, secondFactors: factors, externalIdentities: identities, personalIdNumbers: idNumbers },
    consents,
    channels: { preferences: prefs, subscriptions },
    dossiers: proposals.map(({ activityCategory, ...p }) => ({ ...p, activity: activityCategory.name })),
    documents: documents.map((d) => ({
      ...d,
      address: d.proposalId ? routes.enterprise.dossierFile(d.proposalId, d.id) : null,
    })),
    messages,
    notifications: { inPortal: notifications, sent: deliveries, mail: mails },
    requests: { dataSubjectRequests: requests, accountClaims: claims, deletions, feedback },
    audit: { total: auditCount, shown: audit.length, rows: audit },
    retainedRecords: { contracts: contract, ledger, acceptances, settlements, issuedDocuments: issued },
  };
  return {
    exportedAt: new Date().toISOString(),
    legalBasis: "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 — quyền được biết và quyền truy cập dữ liệu.",
    register: REGISTER.map((r) => ({ key: r.key, title: r.title.vi, retention: r.retention.vi })),
    sections: Object.fromEntries(REGISTER_KEYS.map((k) => [k, toPlain(sections[k])])) as Record<RegisterKey, Plain>,
  };
}

function auditWhere(establishmentId: string, userIds: string[], proposalIds: string[]) {
  return {
    OR: [
      { entity: "Establishment", entityId: establishmentId },
      { entity: "User", entityId: { in: userIds } },
      { entity: "Proposal", entityId: { in: proposalIds } },
      { actorId: { in: userIds } },
      { onBehalfOfId: { in: userIds } },
    ],
  };
}
