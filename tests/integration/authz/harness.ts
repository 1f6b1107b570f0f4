// The authorization matrix: each case names the capability the permission table demands
// (lib/auth/permissions.ts) and whether its target is an organisation's record. The expected outcome
// for every role × (own organisation | other organisation) is derived from the table itself, so a change
// of the table changes the expectations; resource rules (enterprise = own establishment, appraiser =
// assigned dossiers, ministry = read-only everywhere) are applied on top.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { can, type Capability } from "@/lib/auth/permissions";

export const ROLES = [
  "ENTERPRISE",
  "STAFF",
  "APPRAISER",
  "LEADER",
  "ADMIN",
  "MINISTRY_VIEWER",
] as const satisfies readonly Role[];
export type Target = "own" | "other";

/** Phú Thọ (own) and Bắc Ninh (other) records of the seeded demo data, plus helpers to make fresh ones. */
export type Ctx = {
  db: PrismaClient;
  actors: Record<Role, Actor>;
  proposal: Record<Target, string>;
  establishment: Record<Target, string>;
  decision: Record<Target, string>;
  /** A fresh đề án of the target organisation at a status (assigned to the appraiser, of the demo enterprise when own). */
  freshProposal: (
    target: Target,
    status: "SUBMITTED" | "RECOMMENDED" | "APPROVED" | "CONTRACTED" | "UNDER_APPRAISAL",
  ) => Promise<string>;
};

/**
 * ok      — authorized: resolves, or refuses for a domain reason (workflow, validation, conflict), never as forbidden/hidden
 * hidden  — must answer NotFoundError, exactly like a missing record
 * denied  — refused: ForbiddenError or NotFoundError
 */
export type Outcome = "ok" | "hidden" | "denied";

export type AuthzCase = {
  name: string;
  kind: "query" | "mutation";
  /** Capabilities any one of which the table must give the role; null = no capability check, scope only. */
  capability: Capability | readonly Capability[] | null;
  /** The target is an organisation's record (scoped); false for lists and global actions. */
  scoped: boolean;
  /** Read-only national visibility applies (proposal.viewNational). */
  nationalRead?: boolean;
  run: (ctx: Ctx, actor: Actor, target: Target) => Promise<unknown>;
  /** Lists: true when the answer contains something of the other organisation (a leak). */
  leaks?: (ctx: Ctx, result: unknown) => boolean;
  /** Resource rules beyond the table, for the roles they concern. */
  override?: (role: Role, target: Target) => Outcome | undefined;
};

export function expectedOutcome(c: AuthzCase, role: Role, target: Target): Outcome {
  const caps = c.capability === null ? [] : Array.isArray(c.capability) ? c.capability : [c.capability as Capability];
  const allowed = caps.length === 0 || caps.some((cap) => can(role, cap));
  if (!allowed) return "denied";
  const custom = c.override?.(role, target);
  if (custom) return custom;
  if (target === "other" && c.scoped) return role === "MINISTRY_VIEWER" && c.nationalRead ? "ok" : "hidden";
  return "ok";
}

/** Standard resource rules of a đề án: the enterprise only its own; the appraiser only what is assigned. */
export const proposalRules = (role: Role, target: Target): Outcome | undefined => {
  if (role === "ENTERPRISE" && target === "other") return "hidden";
  if (role === "APPRAISER" && target === "other") return "hidden";
  return undefined;
};
