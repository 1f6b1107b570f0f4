import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { IdentityClaims } from "@/lib/auth/oidc-link";

const KINDS = ["DN", "HTX", "THT", "HKD", "LHHTX", "NGHE_NHAN"];

/**
 * Establishment form values from the claims of the actor's single sign-on (empty without one): the
 * profile a new enterprise fills in starts from what the identity provider already knows.
 */
export async function establishmentPrefill(actor: Actor): Promise<Record<string, string>> {
  const db = await getDb();
  const id = await db.externalIdentity.findFirst({
    where: { userId: actor.id },
    orderBy: { lastLoginAt: "desc" },
    select: { claims: true },
  });
  if (!id) return {};
  const c = id.claims as IdentityClaims;
  const address = c.org_address ?? (typeof c.address === "string" ? c.address : c.address?.formatted);
  const out: Record<string, string | undefined> = {
    kind: c.org_kind && KINDS.includes(c.org_kind) ? c.org_kind : undefined,
    name: c.org_name,
    taxCode: c.org_tax_code,
    address,
    industry: c.org_industry,
    representative: c.name,
    phone: c.phone_number,
    email: c.email,
  };
  return Object.fromEntries(
    Object.entries(out).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""),
  );
}
