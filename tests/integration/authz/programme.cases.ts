// Plans, results, rules, import, notifications: capability gates of the table. Inputs are empty or invalid
// on purpose — an authorized role must reach validation (an expected domain error), a refused one must be
// stopped before it, and nothing is written.
import { addRulePeriod } from "@/lib/rules/mutations";
import { createResultEntry } from "@/lib/results/mutations";
import { listTargetRows } from "@/lib/results/queries";
import { createPlan, setEnvelope } from "@/lib/plans/mutations";
import { resendOutbox } from "@/lib/notifications/mutations";
import { listTargets } from "@/lib/home/queries";
import { importWorkbook } from "@/lib/import/mutations";
import type { AuthzCase } from "./harness";

export const programmeCases: AuthzCase[] = [
  {
    name: "rules.addRulePeriod",
    kind: "mutation",
    capability: "rules.manage",
    scoped: false,
    run: (_c, a) => addRulePeriod(a, {}),
  },
  {
    name: "results.createResultEntry",
    kind: "mutation",
    capability: "results.enter",
    scoped: false,
    run: (_c, a) => createResultEntry(a, {}),
  },
  {
    name: "plans.createPlan",
    kind: "mutation",
    capability: "plan.compose",
    scoped: false,
    run: (_c, a) => createPlan(a, {}),
  },
  {
    name: "plans.setEnvelope",
    kind: "mutation",
    capability: "plan.compose",
    scoped: false,
    run: (_c, a) => setEnvelope(a, {}),
  },
  {
    name: "notifications.resendOutbox",
    kind: "mutation",
    capability: "outbox.view",
    scoped: false,
    run: (_c, a) => resendOutbox(a, []),
  },
  {
    name: "import.importWorkbook",
    kind: "mutation",
    capability: "data.import",
    scoped: false,
    run: (_c, a) => importWorkbook(a, { name: "rong.xlsx", bytes: new ArrayBuffer(8) }),
  },
  {
    name: "home.listTargets",
    kind: "query",
    capability: "dashboard.view",
    scoped: false,
    run: (_c, a) => listTargets(a, 2021, 2025),
  },
  {
    name: "results.listTargetRows",
    kind: "query",
    capability: "dashboard.view",
    scoped: false,
    run: (_c, a) => listTargetRows(a, { startYear: 2021, endYear: 2025 }),
    // Resource rule of lib/results: target rows are managed per province; the ministry (no province) is refused
    // here and reads targets through the dashboard instead.
    override: (role) => (role === "MINISTRY_VIEWER" ? "denied" : undefined),
  },
];
