// A fresh in-memory PGlite with every migration and the foundation demo data, for the dashboard tests.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrationsWithPglite } from "@/lib/db/engine";
import { seedUnits } from "@/prisma/seed/foundation/units";
import { seedAgencies } from "@/prisma/seed/foundation/agencies";
import { seedCatalogue } from "@/prisma/seed/foundation/catalogue";
import { seedIndicators } from "@/prisma/seed/foundation/indicators";
import { seedEstablishments } from "@/prisma/seed/foundation/establishments";
import { seedUsers } from "@/prisma/seed/foundation/users";
import { seedProgrammesAndFigures } from "@/prisma/seed/foundation/programmes";
import { seedProposals } from "@/prisma/seed/foundation/proposals";

export async function openDashboardDb(): Promise<{ prisma: PrismaClient; close: () => Promise<void> }> {
  const pglite = new PGlite();
  await applyMigrationsWithPglite(pglite);
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const units = await seedUnits(db);
  const agencies = await seedAgencies(db, units);
  const activities = await seedCatalogue(db);
  const indicators = await seedIndicators(db);
  const establishments = await seedEstablishments(db, units, agencies);
  await seedUsers(db, agencies, establishments);
  await seedProgrammesAndFigures(db, { units, agencies, activities, indicators });
  await seedProposals(db, { units, agencies, activities, establishments });
  return { prisma: db, close: async () => { await db.$disconnect(); await pglite.close(); } };
}
