import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { toSearchText } from "@/lib/text";
import { privacyScope } from "@/lib/privacy/scope";
import { libText } from "@/lib/i18n/lib-token";

export type PrivacyListItem = {
  id: string;
  name: string;
  taxCode: string | null;
  representative: string | null;
  anonymizedAt: string | null;
  accounts: number;
};

export async function listEstablishmentsForPrivacy(actor: Actor, q: string): Promise<PrivacyListItem[]> {
  assertCan(actor, "personalData.manage");
  const db = await getDb();
  const key = toSearchText(q);
  const rows = await db.establishment.findMany({
    where: {
      AND: [
        privacyScope(actor),
        key ? { OR: [{ searchText: { contains: key } }, { taxCode: { startsWith: q.trim() } }] } : {},
      ],
    },
    orderBy: { name: "asc" },
    take: 30,
    select: {
      id: true,
      name: true,
      taxCode: true,
      representative: true,
      anonymizedAt: true,
      _count: { select: { users: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    taxCode: r.taxCode,
    representative: r.representative,
    anonymizedAt: r.anonymizedAt?.toISOString() ?? null,
    accounts: r._count.users,
  }));
}

/**
 * Everything the portal holds about an establishment and its accounts, as one JSON document (the data
 * subject's right of access, ND 13/2023 Art. 9 and 14). Money stays as strings of VND.
 */
export async function exportPersonalData(actor: Actor, establishmentId: string) {
  assertCan(actor, "personalData.manage");
  const db = await getDb();
  const e = await db.establishment.findFirst({
    where: { AND: [{ id: establishmentId }, privacyScope(actor)] },
    select: {
      id: true,
      name: true,
      kind: true,
      taxCode: true,
      householdRegNo: true,
      address: true,
      industry: true,
      workforce: true,
      representative: true,
      representativeTitle: true,
      bankAccount: true,
      bankName: true,
      phone: true,
      email: true,
      womenOwned: true,
      ethnicMinorityOwned: true,
      createdAt: true,
      updatedAt: true,
      anonymizedAt: true,
      commune: { select: { name: true } },
      users: {
        select: {
          id: true,
          name: true,
          email: true,
          phone: true,
          role: true,
          active: true,
          createdAt: true,
          lastLoginAt: true,
        },
      },
      proposals: {
        select: {
          id: true,
          code: true,
          title: true,
          year: true,
          status: true,
          requestedSupport: true,
          approvedSupport: true,
          submittedAt: true,
        },
      },
    },
  });
  if (!e) throw new NotFoundError(libText("errors.theEstablishmentWasNotFound"));
  const userIds = e.users.map((u) => u.id);
  const [messages, deletions] = await Promise.all([
    db.message.findMany({
      where: { authorId: { in: userIds }, internal: false },
      select: { proposalId: true, body: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.deletionLog.findMany({
      where: { establishmentId },
      select: { at: true, reason: true, fields: true },
      orderBy: { at: "asc" },
    }),
  ]);
  const { users, proposals, commune, ...profile } = e;
  return {
    exportedAt: new Date().toISOString(),
    establishment: { ...profile, commune: commune?.name ?? null },
    accounts: users,
    proposals: proposals.map((p) => ({
      ...p,
      requestedSupport: p.requestedSupport.toString(),
      approvedSupport: p.approvedSupport?.toString() ?? null,
    })),
    messages,
    deletions,
  };
}

export type PersonalDataExport = Awaited<ReturnType<typeof exportPersonalData>>;
