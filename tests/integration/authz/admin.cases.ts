// Establishments, administration, personal data, dashboard.
import { getEstablishmentForStaff, searchEstablishments } from "@/lib/establishments/queries";
import { listRulesForAdmin } from "@/lib/rules/queries";
import { listOutbox } from "@/lib/notifications/queries";
import { listPlans } from "@/lib/plans/queries";
import { getDashboard } from "@/lib/dashboard/queries";
import { DEFAULT_PERIOD } from "@/lib/dashboard/filters";
import { exportPersonalData, listEstablishmentsForPrivacy } from "@/lib/privacy/queries";
import { anonymizeEstablishment } from "@/lib/privacy/mutations";
import type { AuthzCase } from "./harness";

const noFilters = { ...DEFAULT_PERIOD, year: null, fund: null, category: null, commune: null, province: null };

export const adminCases: AuthzCase[] = [
  {
    name: "establishments.getEstablishmentForStaff",
    kind: "query",
    capability: "establishment.registerAssisted",
    scoped: true,
    run: (c, a, t) => getEstablishmentForStaff(a, c.establishment[t]),
  },
  {
    name: "establishments.searchEstablishments",
    kind: "query",
    capability: "establishment.registerAssisted",
    scoped: false,
    run: (_c, a) => searchEstablishments(a, ""),
    leaks: (c, r) => (r as Array<{ id: string }>).some((e) => e.id === c.establishment.other),
  },
  {
    name: "rules.listRulesForAdmin",
    kind: "query",
    capability: "rules.manage",
    scoped: false,
    run: (_c, a) => listRulesForAdmin(a),
  },
  {
    name: "notifications.listOutbox",
    kind: "query",
    capability: "outbox.view",
    scoped: false,
    run: (_c, a) => listOutbox(a),
  },
  { name: "plans.listPlans", kind: "query", capability: "plan.compose", scoped: false, run: (_c, a) => listPlans(a) },
  {
    name: "dashboard.getDashboard",
    kind: "query",
    capability: "dashboard.view",
    scoped: false,
    run: (_c, a) => getDashboard(a, noFilters),
    // A provincial leader's dashboard is labelled with their province; only the ministry sees the country.
    leaks: (_c, r) => /Bắc Ninh/.test((r as { scopeLabel: string }).scopeLabel),
  },
  {
    name: "privacy.listEstablishmentsForPrivacy",
    kind: "query",
    capability: "personalData.manage",
    scoped: false,
    run: (_c, a) => listEstablishmentsForPrivacy(a, "a"),
    leaks: (c, r) => (r as Array<{ id: string }>).some((e) => e.id === c.establishment.other),
  },
  {
    name: "privacy.exportPersonalData",
    kind: "query",
    capability: "personalData.manage",
    scoped: true,
    run: (c, a, t) => exportPersonalData(a, c.establishment[t]),
  },
  {
    name: "privacy.anonymizeEstablishment",
    kind: "mutation",
    capability: "personalData.manage",
    scoped: true,
    run: async (c, a, t) => {
      // A throw-away establishment of the target side, so the demo records stay intact for the other cases.
      const src = await c.db.establishment.findUniqueOrThrow({
        where: { id: c.establishment[t] },
        select: { agencyId: true, communeId: true },
      });
      const e = await c.db.establishment.create({
        data: {
          name: "Cơ sở kiểm thử xóa",
          kind: "HKD",
          industry: "mộc",
          agencyId: src.agencyId,
          communeId: src.communeId,
        },
        select: { id: true },
      });
      return anonymizeEstablishment(a, {
        establishmentId: e.id,
        reason: "Chủ cơ sở yêu cầu xóa dữ liệu.",
        confirm: true,
      });
    },
  },
];
