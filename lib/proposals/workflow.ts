import type { Pipeline, ProposalStatus, Role } from "@/lib/generated/prisma/enums";
import type { Text } from "@/lib/i18n/locale";
import { WorkflowError } from "@/lib/errors";
import type { Tone } from "@/lib/tone";
import { libText } from "@/lib/i18n/lib-token";

// The đề án state machine (domain.md §4.3 national pipeline, §4.4 local pipeline). The UI asks the same
// table which buttons to show, so the screen and the server cannot disagree.
export const STATUS_INFO = {
  DRAFT: { label: { vi: "Bản nháp", en: "Draft" }, tone: "neutral" },
  SUBMITTED: { label: { vi: "Đã nộp", en: "Submitted" }, tone: "info" },
  RETURNED: { label: { vi: "Yêu cầu bổ sung", en: "Returned for supplement" }, tone: "warning" },
  RESUBMITTED: { label: { vi: "Đã nộp bổ sung", en: "Resubmitted" }, tone: "info" },
  UNDER_APPRAISAL: { label: { vi: "Đang thẩm định", en: "Under appraisal" }, tone: "info" },
  BASE_APPRAISED: { label: { vi: "Đã thẩm định cơ sở", en: "Base appraisal done" }, tone: "info" },
  MINISTRY_APPRAISAL: { label: { vi: "Bộ Công Thương thẩm định", en: "Ministry appraisal" }, tone: "info" },
  SCORED: { label: { vi: "Đã chấm điểm", en: "Scored" }, tone: "info" },
  RECOMMENDED: { label: { vi: "Đề nghị hỗ trợ", en: "Recommended" }, tone: "success" },
  NOT_RECOMMENDED: { label: { vi: "Không đề nghị", en: "Not recommended" }, tone: "warning" },
  APPROVED: { label: { vi: "Được phê duyệt", en: "Approved" }, tone: "success" },
  REJECTED: { label: { vi: "Không được phê duyệt", en: "Rejected" }, tone: "danger" },
  WITHDRAWN: { label: { vi: "Đã rút hồ sơ", en: "Withdrawn" }, tone: "neutral" },
  CONTRACTED: { label: { vi: "Đã ký hợp đồng", en: "Contracted" }, tone: "success" },
  IN_PROGRESS: { label: { vi: "Đang thực hiện", en: "In progress" }, tone: "info" },
  ACCEPTED: { label: { vi: "Đã nghiệm thu", en: "Accepted" }, tone: "success" },
  SETTLED: { label: { vi: "Đã quyết toán", en: "Settled" }, tone: "success" },
  STOPPED: { label: { vi: "Dừng thực hiện", en: "Stopped" }, tone: "danger" },
} as const satisfies Record<ProposalStatus, { label: Text; tone: Tone }>;

type Transition = {
  from: readonly ProposalStatus[];
  to: ProposalStatus;
  roles: readonly Role[];
  label: Text;
  reasonRequired: boolean;
  pipelines?: readonly Pipeline[];
  /** Statuses from which a role may fire it, where narrower than `from` (the ministry decides only what it appraises). */
  roleFrom?: Partial<Record<Role, readonly ProposalStatus[]>>;
};

const INTAKE: readonly ProposalStatus[] = ["SUBMITTED", "RESUBMITTED"];
const DECIDABLE: readonly ProposalStatus[] = ["UNDER_APPRAISAL", "SCORED", "RECOMMENDED", "NOT_RECOMMENDED"];

/**
 * Statuses that exist in one pipeline only: the local plan has SCT recommend / not recommend (§4.4);
 * the national plan has base appraisal by SCT then appraisal by the ministry (TT 36/2013 Art. 9–11, §4.3).
 * A transition from a status foreign to the đề án's pipeline is refused whatever the table says.
 */
export const PIPELINE_ONLY: Partial<Record<ProposalStatus, Pipeline>> = {
  RECOMMENDED: "LOCAL",
  NOT_RECOMMENDED: "LOCAL",
  BASE_APPRAISED: "NATIONAL",
  MINISTRY_APPRAISAL: "NATIONAL",
};

export const TRANSITIONS = {
  submit: {
    from: ["DRAFT"],
    to: "SUBMITTED",
    roles: ["ENTERPRISE", "STAFF"],
    label: { vi: "Nộp hồ sơ", en: "Submit" },
    reasonRequired: false,
  },
  withdraw: {
    from: ["DRAFT", "SUBMITTED", "RESUBMITTED", "RETURNED"],
    to: "WITHDRAWN",
    roles: ["ENTERPRISE", "STAFF"],
    label: { vi: "Rút hồ sơ", en: "Withdraw" },
    reasonRequired: true,
  },
  resubmit: {
    from: ["RETURNED"],
    to: "RESUBMITTED",
    roles: ["ENTERPRISE", "STAFF"],
    label: { vi: "Nộp bổ sung", en: "Resubmit" },
    reasonRequired: false,
  },
  return: {
    from: [...INTAKE, ...DECIDABLE],
    to: "RETURNED",
    roles: ["STAFF", "LEADER"],
    label: { vi: "Trả lại, yêu cầu bổ sung", en: "Return for supplement" },
    reasonRequired: true,
  },
  startAppraisal: {
    from: INTAKE,
    to: "UNDER_APPRAISAL",
    roles: ["STAFF"],
    label: { vi: "Tiếp nhận, đưa vào thẩm định", en: "Accept for appraisal" },
    reasonRequired: false,
  },
  closeScoring: {
    from: ["UNDER_APPRAISAL"],
    to: "SCORED",
    roles: ["STAFF"],
    label: { vi: "Kết thúc chấm điểm", en: "Close scoring" },
    reasonRequired: false,
  },
  recommend: {
    from: ["SCORED"],
    to: "RECOMMENDED",
    roles: ["STAFF", "LEADER"],
    label: { vi: "Đề nghị hỗ trợ", en: "Recommend" },
    reasonRequired: true,
    pipelines: ["LOCAL"],
  },
  notRecommend: {
    from: ["SCORED"],
    to: "NOT_RECOMMENDED",
    roles: ["STAFF", "LEADER"],
    label: { vi: "Không đề nghị", en: "Do not recommend" },
    reasonRequired: true,
    pipelines: ["LOCAL"],
  },
  baseAppraise: {
    from: ["SCORED"],
    to: "BASE_APPRAISED",
    roles: ["LEADER"],
    label: { vi: "Ký thẩm định cơ sở", en: "Sign base appraisal" },
    reasonRequired: true,
    pipelines: ["NATIONAL"],
  },
  sendToMinistry: {
    from: ["BASE_APPRAISED"],
    to: "MINISTRY_APPRAISAL",
    roles: ["STAFF", "LEADER"],
    label: { vi: "Gửi Bộ Công Thương thẩm định", en: "Send to the Ministry" },
    reasonRequired: false,
    pipelines: ["NATIONAL"],
  },
  // Who of these may decide a given đề án is set by its fund (lib/decisions/authority.ts, issue 15).
  approve: {
    from: ["RECOMMENDED", "MINISTRY_APPRAISAL"],
    to: "APPROVED",
    roles: ["LEADER", "MINISTRY_VIEWER"],
    label: { vi: "Phê duyệt", en: "Approve" },
    reasonRequired: true,
    roleFrom: { MINISTRY_VIEWER: ["MINISTRY_APPRAISAL"] },
  },
  reject: {
    from: [...DECIDABLE, "MINISTRY_APPRAISAL", "BASE_APPRAISED"],
    to: "REJECTED",
    roles: ["LEADER", "MINISTRY_VIEWER"],
    label: { vi: "Không phê duyệt", en: "Reject" },
    reasonRequired: true,
    roleFrom: { MINISTRY_VIEWER: ["MINISTRY_APPRAISAL"] },
  },
  signContract: {
    from: ["APPROVED"],
    to: "CONTRACTED",
    roles: ["STAFF", "LEADER"],
    label: { vi: "Ký hợp đồng hỗ trợ", en: "Sign support contract" },
    reasonRequired: false,
  },
  startWork: {
    from: ["CONTRACTED"],
    to: "IN_PROGRESS",
    roles: ["STAFF", "LEADER"],
    label: { vi: "Bắt đầu thực hiện", en: "Start implementation" },
    reasonRequired: false,
  },
  accept: {
    from: ["CONTRACTED", "IN_PROGRESS"],
    to: "ACCEPTED",
    roles: ["STAFF", "LEADER"],
    label: { vi: "Nghiệm thu", en: "Accept (nghiệm thu)" },
    reasonRequired: false,
  },
  settle: {
    from: ["ACCEPTED"],
    to: "SETTLED",
    roles: ["LEADER"],
    label: { vi: "Quyết toán", en: "Settle" },
    reasonRequired: false,
  },
  stop: {
    from: ["APPROVED", "CONTRACTED", "IN_PROGRESS"],
    to: "STOPPED",
    roles: ["LEADER"],
    label: { vi: "Dừng thực hiện", en: "Stop" },
    reasonRequired: true,
  },
} as const satisfies Record<string, Transition>;

export type ProposalAction = keyof typeof TRANSITIONS;

function fitsRole(t: Transition, from: ProposalStatus, role: Role): boolean {
  const only = t.roleFrom?.[role];
  return !only || only.includes(from);
}

function fitsPipeline(t: Transition, from: ProposalStatus, pipeline: Pipeline): boolean {
  const only = PIPELINE_ONLY[from];
  const target = PIPELINE_ONLY[t.to];
  return (
    (!t.pipelines || t.pipelines.includes(pipeline)) && (!only || only === pipeline) && (!target || target === pipeline)
  );
}

export function canTransition(
  action: ProposalAction,
  from: ProposalStatus,
  role: Role,
  pipeline: Pipeline = "LOCAL",
): boolean {
  const t: Transition = TRANSITIONS[action];
  return t.from.includes(from) && t.roles.includes(role) && fitsPipeline(t, from, pipeline) && fitsRole(t, from, role);
}

export function assertTransition(
  action: ProposalAction,
  from: ProposalStatus,
  role: Role,
  pipeline: Pipeline = "LOCAL",
): ProposalStatus {
  const t: Transition = TRANSITIONS[action];
  if (!t.roles.includes(role))
    throw new WorkflowError(libText("errors.roleMayNot", { action: libText(`workflow.action.${action}`) }));
  if (!t.from.includes(from) || !fitsPipeline(t, from, pipeline) || !fitsRole(t, from, role)) {
    throw new WorkflowError(
      libText("errors.cannotActInStatus", {
        action: libText(`workflow.action.${action}`),
        status: libText(`workflow.status.${from}`),
      }),
    );
  }
  return t.to;
}

/** The actions a role may take now; the screen shows exactly these buttons. */
export function availableActions(status: ProposalStatus, role: Role, pipeline: Pipeline = "LOCAL"): ProposalAction[] {
  return (Object.keys(TRANSITIONS) as ProposalAction[]).filter((a) => canTransition(a, status, role, pipeline));
}

export function transitionFrom(action: ProposalAction): readonly ProposalStatus[] {
  return TRANSITIONS[action].from;
}

export function reasonRequired(action: ProposalAction): boolean {
  return TRANSITIONS[action].reasonRequired;
}

export const TERMINAL: readonly ProposalStatus[] = ["REJECTED", "WITHDRAWN", "SETTLED", "STOPPED"];

// Statuses in which a đề án holds (or held) money: lib/funded-statuses.ts (a leaf, so lib/privacy can use it without
// a folder loop through lib/notifications).
export { FUNDED_STATUSES } from "@/lib/funded-statuses";

/** Actions that issue a numbered decision document and may be signed under a delegation (§ decisions). */
export const DECISION_ACTIONS = ["approve", "reject", "return"] as const satisfies readonly ProposalAction[];
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

export function isDecisionAction(action: ProposalAction): action is DecisionAction {
  return (DECISION_ACTIONS as readonly ProposalAction[]).includes(action);
}

/** Actions the screen confirms in a dialog first: they cannot be undone by the same person. */
export const IRREVERSIBLE: readonly ProposalAction[] = [
  "approve",
  "reject",
  "withdraw",
  "notRecommend",
  "stop",
  "baseAppraise",
];
