import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";

/**
 * Statuses as SQL literals (the portal's own constants, never input), compared with the enum column itself:
 * `p.status IN (${statusList(…)})`. Not `p.status::text IN (…)`, which turns every row's status into text first.
 */
export function statusList(statuses: readonly ProposalStatus[]): Prisma.Sql {
  return Prisma.raw(statuses.map((s) => `'${s}'`).join(", "));
}
