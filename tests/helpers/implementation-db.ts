// Compatibility shim: some test files import these names (written before tests/helpers/test-db.ts
// existed). New tests should use createPgliteTestDb / createPostgresTestDb from test-db.ts directly.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPgliteTestDb, createPostgresTestDb } from "@/tests/helpers/test-db";

export type TestDb = { prisma: PrismaClient; close: () => Promise<void> };

export function openPgliteDb(): Promise<TestDb> {
  return createPgliteTestDb();
}

export function openPostgresDb(): Promise<TestDb> {
  return createPostgresTestDb();
}
