import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { seedFoundation } from "@/prisma/seed/foundation";

/** Seeds the demo foundation (units, agencies, users, catalogue, figures, demo đề án) into a test DB. */
export async function seedFixtures(db: PrismaClient): Promise<void> {
  await seedFoundation(db);
}

/** The data layer's view of a seeded user, as the session would build it (second factor just confirmed). */
export async function actorFor(db: PrismaClient, email: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({
    where: { email },
    select: {
      id: true,
      name: true,
      role: true,
      agencyId: true,
      establishmentId: true,
      agency: { select: { provinceId: true } },
    },
  });
  return {
    id: u.id,
    name: u.name,
    role: u.role,
    agencyId: u.agencyId,
    provinceId: u.agency?.provinceId ?? null,
    establishmentId: u.establishmentId,
    secondFactorAt: new Date(),
  };
}

/** The error a promise rejects with (or undefined), so a test can assert on its type and message. */
export async function caught(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => undefined,
    (e: unknown) => e,
  );
}
