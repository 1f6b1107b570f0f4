import type { Role } from "@/lib/generated/prisma/enums";
import { routes } from "@/lib/routes";

// Role → capability table, reviewable at a glance. Resource rules (own establishment, own province,
// conflict of interest) live in each domain's queries/mutations on top of this table.
export const CAPABILITIES = [
  "establishment.manageOwn",
  "establishment.registerAssisted",
  "proposal.createOwn",
  "proposal.fileAssisted",
  "proposal.viewOwn",
  "proposal.viewAgency",
  "proposal.viewNational",
  "proposal.intake",
  "proposal.assign",
  "proposal.score",
  "proposal.recommend",
  "proposal.decide",
  "proposal.message",
  "proposal.internalNote",
  "plan.compose",
  "plan.approve",
  "funding.manage",
  "funding.report",
  "results.enter",
  "results.approve",
  "results.acceptNational",
  "targets.manage",
  "dashboard.view",
  "reports.export",
  "data.import",
  "rules.manage",
  "users.manage",
  "audit.view",
  "outbox.view",
  "personalData.manage",
  "feedback.handle",
] as const;

export type Capability = (typeof CAPABILITIES)[number];

export const ROLE_CAPABILITIES = {
  ENTERPRISE: [
    "establishment.manageOwn",
    "proposal.createOwn",
    "proposal.viewOwn",
    "proposal.message",
    "funding.report",
  ],
  STAFF: [
    "establishment.registerAssisted",
    "proposal.fileAssisted",
    "proposal.viewAgency",
    "proposal.intake",
    "proposal.assign",
    "proposal.recommend",
    "proposal.message",
    "proposal.internalNote",
    "plan.compose",
    "funding.manage",
    "funding.report",
    "results.enter",
    "dashboard.view",
    "reports.export",
    "data.import",
    "feedback.handle",
  ],
  APPRAISER: ["proposal.viewAgency", "proposal.score", "proposal.internalNote"],
  LEADER: [
    "proposal.viewAgency",
    "proposal.recommend",
    "proposal.decide",
    "proposal.message",
    "proposal.internalNote",
    "plan.compose",
    "plan.approve",
    "funding.manage",
    "results.approve",
    "targets.manage",
    "dashboard.view",
    "reports.export",
    "audit.view",
    "feedback.handle",
  ],
  ADMIN: [
    "establishment.registerAssisted",
    "proposal.viewAgency",
    "rules.manage",
    "users.manage",
    "audit.view",
    "outbox.view",
    "personalData.manage",
    "dashboard.view",
    "data.import",
    "feedback.handle",
  ],
  // The ministry decides KCQG đề án (issue 15); lib/decisions/authority.ts keeps it off KCĐP ones.
  MINISTRY_VIEWER: [
    "proposal.viewNational",
    "proposal.decide",
    "dashboard.view",
    "reports.export",
    "results.acceptNational",
  ],
} as const satisfies Record<Role, readonly Capability[]>;

export function can(role: Role, capability: Capability): boolean {
  return (ROLE_CAPABILITIES[role] as readonly Capability[]).includes(capability);
}

export const ROLE_LABELS = {
  ENTERPRISE: { vi: "Doanh nghiệp / cơ sở", en: "Enterprise" },
  STAFF: { vi: "Chuyên viên", en: "Staff officer" },
  APPRAISER: { vi: "Thành viên hội đồng thẩm định", en: "Appraisal council member" },
  LEADER: { vi: "Lãnh đạo", en: "Leader" },
  ADMIN: { vi: "Quản trị hệ thống", en: "Administrator" },
  MINISTRY_VIEWER: { vi: "Cán bộ Bộ Công Thương", en: "Ministry of Industry and Trade" },
} as const satisfies Record<Role, { vi: string; en: string }>;

/** Where each role lands after signing in. */
export const ROLE_HOME = {
  ENTERPRISE: routes.enterprise.home,
  STAFF: routes.staff.home,
  APPRAISER: routes.council.home,
  LEADER: routes.leader.home,
  ADMIN: routes.admin.home,
  MINISTRY_VIEWER: routes.ministry.home,
} as const satisfies Record<Role, string>;
