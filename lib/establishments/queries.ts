import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { establishmentScope } from "@/lib/establishments/scope";
import type { EstablishmentKind } from "@/lib/generated/prisma/enums";
import { libText } from "@/lib/i18n/lib-token";

export type EstablishmentProfile = {
  id: string;
  kind: EstablishmentKind;
  name: string;
  taxCode: string | null;
  householdRegNo: string | null;
  communeId: string | null;
  communeName: string | null;
  communeCurrent: boolean;
  address: string | null;
  industry: string;
  industryCode: string | null;
  workforce: number;
  womenOwned: boolean;
  ethnicMinorityOwned: boolean;
  representative: string | null;
  phone: string | null;
  email: string | null;
  agency: string | null;
  representativeTitle: string | null;
  bankAccount: string | null;
  bankName: string | null;
};

const select = {
  id: true,
  kind: true,
  name: true,
  taxCode: true,
  householdRegNo: true,
  communeId: true,
  address: true,
  industry: true,
  industryCode: true,
  workforce: true,
  womenOwned: true,
  ethnicMinorityOwned: true,
  representative: true,
  phone: true,
  email: true,
  representativeTitle: true,
  bankAccount: true,
  bankName: true,
  commune: { select: { name: true, validTo: true } },
  agency: { select: { name: true } },
} as const;

type Row = { commune: { name: string; validTo: Date | null } | null; agency: { name: string } | null } & Omit<
  EstablishmentProfile,
  "communeName" | "communeCurrent" | "agency"
>;

function toProfile({ commune, agency, ...r }: Row, now: Date): EstablishmentProfile {
  return {
    ...r,
    communeName: commune?.name ?? null,
    communeCurrent: Boolean(commune && (!commune.validTo || commune.validTo >= now)),
    agency: agency?.name ?? null,
  };
}

export async function getOwnEstablishment(actor: Actor, now = new Date()): Promise<EstablishmentProfile | null> {
  assertCan(actor, "establishment.manageOwn");
  if (!actor.establishmentId) return null;
  const db = await getDb();
  const row = await db.establishment.findUnique({ where: { id: actor.establishmentId }, select });
  return row ? toProfile(row, now) : null;
}

export async function getEstablishmentForStaff(
  actor: Actor,
  id: string,
  now = new Date(),
): Promise<EstablishmentProfile> {
  assertCan(actor, "establishment.registerAssisted");
  const db = await getDb();
  const row = await db.establishment.findFirst({ where: { AND: [{ id }, establishmentScope(actor)] }, select });
  if (!row) throw new NotFoundError(libText("errors.theEstablishmentWasNotFound"));
  return toProfile(row, now);
}

export type EstablishmentListItem = {
  id: string;
  name: string;
  kind: EstablishmentKind;
  taxCode: string | null;
  commune: string | null;
  proposals: number;
};

/** Establishments of the staff member's province, searched without accents ("moc tien thanh"). */
export async function searchEstablishments(actor: Actor, q: string): Promise<EstablishmentListItem[]> {
  assertCan(actor, "establishment.registerAssisted");
  const { toSearchText } = await import("@/lib/text");
  const db = await getDb();
  const key = toSearchText(q);
  const rows = await db.establishment.findMany({
    where: {
      AND: [
        establishmentScope(actor),
        key ? { OR: [{ searchText: { contains: key } }, { taxCode: { startsWith: q.trim() } }] } : {},
      ],
    },
    orderBy: { name: "asc" },
    take: 50,
    select: {
      id: true,
      name: true,
      kind: true,
      taxCode: true,
      commune: { select: { name: true } },
      _count: { select: { proposals: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    taxCode: r.taxCode,
    commune: r.commune?.name ?? null,
    proposals: r._count.proposals,
  }));
}
