import { describe, expect, it } from "vitest";
import type { Pipeline, ProposalStatus, Role } from "@/lib/generated/prisma/enums";
import { WorkflowError } from "@/lib/errors";
import {
  assertTransition,
  availableActions,
  canTransition,
  DECISION_ACTIONS,
  reasonRequired,
  STATUS_INFO,
  TERMINAL,
  TRANSITIONS,
  type ProposalAction,
} from "@/lib/proposals/workflow";

const STATUSES = Object.keys(STATUS_INFO) as ProposalStatus[];
const ROLES: Role[] = ["ENTERPRISE", "STAFF", "APPRAISER", "LEADER", "ADMIN", "MINISTRY_VIEWER"];
const PIPELINES: Pipeline[] = ["LOCAL", "NATIONAL"];
const ACTIONS = Object.keys(TRANSITIONS) as ProposalAction[];

type Expected = Partial<Record<ProposalStatus, Partial<Record<Role, ProposalAction[]>>>>;

// Written by hand from domain.md §4.3–4.4 and the issue, not derived from the table: this is the spec.
const COMMON: Expected = {
  DRAFT: { ENTERPRISE: ["submit", "withdraw"], STAFF: ["submit", "withdraw"] },
  SUBMITTED: { ENTERPRISE: ["withdraw"], STAFF: ["withdraw", "return", "startAppraisal"], LEADER: ["return"] },
  RETURNED: { ENTERPRISE: ["withdraw", "resubmit"], STAFF: ["withdraw", "resubmit"] },
  RESUBMITTED: { ENTERPRISE: ["withdraw"], STAFF: ["withdraw", "return", "startAppraisal"], LEADER: ["return"] },
  UNDER_APPRAISAL: { STAFF: ["return", "closeScoring"], LEADER: ["return", "reject"] },
  APPROVED: { STAFF: ["signContract"], LEADER: ["signContract", "stop"] },
  CONTRACTED: { STAFF: ["startWork", "accept"], LEADER: ["startWork", "accept", "stop"] },
  IN_PROGRESS: { STAFF: ["accept"], LEADER: ["accept", "stop"] },
  ACCEPTED: { LEADER: ["settle"] },
};

const EXPECTED: Record<Pipeline, Expected> = {
  LOCAL: {
    ...COMMON,
    SCORED: {
      STAFF: ["return", "recommend", "notRecommend"],
      LEADER: ["return", "recommend", "notRecommend", "reject"],
    },
    RECOMMENDED: { STAFF: ["return"], LEADER: ["return", "approve", "reject"] },
    NOT_RECOMMENDED: { STAFF: ["return"], LEADER: ["return", "reject"] },
  },
  NATIONAL: {
    ...COMMON,
    SCORED: { STAFF: ["return"], LEADER: ["return", "baseAppraise", "reject"] },
    BASE_APPRAISED: { STAFF: ["sendToMinistry"], LEADER: ["sendToMinistry", "reject"] },
    // The leader keeps the buttons (the decision is then refused by the authority check, naming the ministry);
    // the ministry decides what it appraises (issue 15).
    MINISTRY_APPRAISAL: { LEADER: ["approve", "reject"], MINISTRY_VIEWER: ["approve", "reject"] },
  },
};

describe("every (pipeline, status, role, action): allowed exactly when the spec says so", () => {
  for (const pipeline of PIPELINES) {
    for (const status of STATUSES) {
      for (const role of ROLES) {
        const allowed = new Set(EXPECTED[pipeline][status]?.[role] ?? []);
        it(`${pipeline} ${status} ${role}: ${[...allowed].join(", ") || "nothing"}`, () => {
          expect(new Set(availableActions(status, role, pipeline))).toEqual(allowed);
          for (const action of ACTIONS) {
            expect(canTransition(action, status, role, pipeline)).toBe(allowed.has(action));
            if (allowed.has(action)) {
              expect(assertTransition(action, status, role, pipeline)).toBe(TRANSITIONS[action].to);
            } else {
              expect(() => assertTransition(action, status, role, pipeline)).toThrow(WorkflowError);
            }
          }
        });
      }
    }
  }
});

describe("legal expectations", () => {
  const everywhere = (fn: (s: ProposalStatus, r: Role, p: Pipeline) => void) => {
    for (const p of PIPELINES) for (const s of STATUSES) for (const r of ROLES) fn(s, r, p);
  };

  it("an enterprise can never approve, reject, return, recommend or appraise", () => {
    const staffOnly: ProposalAction[] = [
      "approve",
      "reject",
      "return",
      "recommend",
      "notRecommend",
      "startAppraisal",
      "closeScoring",
      "baseAppraise",
      "sendToMinistry",
    ];
    everywhere((s, _r, p) => {
      for (const a of staffOnly) expect(canTransition(a, s, "ENTERPRISE", p)).toBe(false);
    });
  });

  it("the applicant may withdraw only before appraisal starts", () => {
    const before = STATUSES.filter((s) => canTransition("withdraw", s, "ENTERPRISE"));
    expect(new Set(before)).toEqual(new Set(["DRAFT", "SUBMITTED", "RETURNED", "RESUBMITTED"]));
    for (const s of ["UNDER_APPRAISAL", "SCORED", "RECOMMENDED", "APPROVED", "CONTRACTED"] as const) {
      expect(canTransition("withdraw", s, "ENTERPRISE")).toBe(false);
    }
  });

  it("a leader decides (approve / reject); the ministry only what it appraises (KCQG, issue 15); appraisers and admins fire nothing", () => {
    everywhere((s, r, p) => {
      if (canTransition("approve", s, r, p) || canTransition("reject", s, r, p)) {
        expect(r === "LEADER" || (r === "MINISTRY_VIEWER" && s === "MINISTRY_APPRAISAL" && p === "NATIONAL")).toBe(
          true,
        );
      }
      if (r === "APPRAISER" || r === "ADMIN") expect(availableActions(s, r, p)).toEqual([]);
      if (r === "MINISTRY_VIEWER")
        expect(availableActions(s, r, p)).toEqual(
          s === "MINISTRY_APPRAISAL" && p === "NATIONAL" ? ["approve", "reject"] : [],
        );
    });
  });

  it("every decision and every refusal needs a written reason", () => {
    for (const a of [...DECISION_ACTIONS, "recommend", "notRecommend", "withdraw", "baseAppraise", "stop"] as const) {
      expect(reasonRequired(a)).toBe(true);
    }
  });

  it("terminal statuses have no way out", () => {
    everywhere((s, r, p) => {
      if (TERMINAL.includes(s)) expect(availableActions(s, r, p)).toEqual([]);
    });
  });

  it("a forbidden role and a wrong status are told apart, in Vietnamese", () => {
    expect(() => assertTransition("approve", "RECOMMENDED", "ENTERPRISE")).toThrow(
      /Vai trò của bạn không được "Phê duyệt"/,
    );
    expect(() => assertTransition("approve", "SUBMITTED", "LEADER")).toThrow(/trạng thái "Đã nộp"/);
  });

  /** All statuses reachable from SUBMITTED in a pipeline, with the set of statuses seen on some path to `target`. */
  function pathsTo(pipeline: Pipeline, target: ProposalStatus): ProposalStatus[][] {
    const paths: ProposalStatus[][] = [];
    const walk = (path: ProposalStatus[]) => {
      const here = path[path.length - 1]!;
      if (here === target) {
        paths.push(path);
        return;
      }
      for (const a of ACTIONS) {
        const to = TRANSITIONS[a].to;
        if (path.includes(to)) continue;
        if (ROLES.some((r) => canTransition(a, here, r, pipeline))) walk([...path, to]);
      }
    };
    walk(["SUBMITTED"]);
    return paths;
  }

  it("the national pipeline reaches approval only through base appraisal (SCT) and ministry appraisal", () => {
    const paths = pathsTo("NATIONAL", "APPROVED");
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path).toContain("UNDER_APPRAISAL");
      expect(path.indexOf("BASE_APPRAISED")).toBeGreaterThan(path.indexOf("SCORED"));
      expect(path.indexOf("MINISTRY_APPRAISAL")).toBeGreaterThan(path.indexOf("BASE_APPRAISED"));
      expect(path).not.toContain("RECOMMENDED");
    }
  });

  it("the local pipeline reaches approval only through appraisal, scoring and a recommendation", () => {
    const paths = pathsTo("LOCAL", "APPROVED");
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.slice(-4)).toEqual(["UNDER_APPRAISAL", "SCORED", "RECOMMENDED", "APPROVED"]);
      expect(path).not.toContain("MINISTRY_APPRAISAL");
    }
  });

  it("a return can come back as a resubmission, round after round", () => {
    expect(assertTransition("return", "SUBMITTED", "STAFF")).toBe("RETURNED");
    expect(assertTransition("resubmit", "RETURNED", "ENTERPRISE")).toBe("RESUBMITTED");
    expect(assertTransition("return", "RESUBMITTED", "STAFF")).toBe("RETURNED");
    expect(assertTransition("startAppraisal", "RESUBMITTED", "STAFF")).toBe("UNDER_APPRAISAL");
  });
});
