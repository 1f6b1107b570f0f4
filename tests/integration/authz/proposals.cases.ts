// Reads and writes of a đề án (lib/applications, lib/decisions, lib/messages, lib/funding).
import { getDocumentContent, getProposalDetail, getProposalStatus, listOwnProposals } from "@/lib/applications/queries";
import { getDecisionDocument, listDecisionsForProposal } from "@/lib/decisions/queries";
import { approveProposal, rejectProposal, returnProposal } from "@/lib/decisions/mutations";
import { listMessages } from "@/lib/messages/queries";
import { postMessage } from "@/lib/messages/mutations";
import { signContract, startWork } from "@/lib/funding/mutations";
import { countProposalsByStatus } from "@/lib/home/queries";
import type { Role } from "@/lib/generated/prisma/enums";
import { proposalRules, type AuthzCase, type Outcome, type Target } from "./harness";

const reason = "Kiểm thử ma trận phân quyền.";
/** The fresh đề án are KCĐP: the ministry holds the decide capability for KCQG only (issue 15), so it is refused. */
const decideRules = (role: Role, target: Target): Outcome | undefined =>
  role === "MINISTRY_VIEWER" ? "denied" : proposalRules(role, target);
/** Returning for supplement is the province's step: the workflow refuses the ministry (a domain refusal, nationwide). */
const returnRules = (role: Role, target: Target): Outcome | undefined =>
  role === "MINISTRY_VIEWER" ? "ok" : proposalRules(role, target);
/** Reads through proposalScope: no capability, only scope (ministry reads nationally). */
const read = (name: string, run: AuthzCase["run"]): AuthzCase => ({
  name,
  kind: "query",
  capability: null,
  scoped: true,
  nationalRead: true,
  run,
  override: proposalRules,
});

export const proposalCases: AuthzCase[] = [
  read("applications.getProposalDetail", (c, a, t) => getProposalDetail(a, c.proposal[t])),
  read("applications.getProposalStatus", (c, a, t) => getProposalStatus(a, c.proposal[t])),
  {
    name: "applications.getDocumentContent",
    kind: "query",
    capability: null,
    scoped: true,
    nationalRead: true,
    override: proposalRules,
    run: async (c, a, t) => {
      const doc = await c.db.document.create({
        data: {
          proposalId: c.proposal[t],
          kind: "QUOTATION",
          fileName: "bao-gia.pdf",
          mimeType: "application/pdf",
          size: 8,
          sha256: "x",
          content: new Uint8Array(8),
        },
        select: { id: true },
      });
      return getDocumentContent(a, doc.id);
    },
  },
  read("decisions.getDecisionDocument", (c, a, t) => getDecisionDocument(a, c.decision[t])),
  {
    ...read("decisions.listDecisionsForProposal", (c, a, t) => listDecisionsForProposal(a, c.proposal[t])),
    // A list answers empty instead of NotFound: the leak check is that nothing of the other side comes back.
    scoped: false,
    leaks: (c, r) => (r as Array<{ id: string }>).some((d) => d.id === c.decision.other),
    override: undefined,
  },
  {
    name: "messages.listMessages",
    kind: "query",
    capability: null,
    scoped: true,
    nationalRead: true,
    run: (c, a, t) => listMessages(a, c.proposal[t]),
    override: proposalRules,
  },
  {
    name: "applications.listOwnProposals",
    kind: "query",
    capability: "proposal.viewOwn",
    scoped: false,
    run: (_c, a) => listOwnProposals(a),
    leaks: (c, r) => (r as Array<{ id: string }>).some((p) => p.id === c.proposal.other),
  },
  {
    name: "home.countProposalsByStatus",
    kind: "query",
    capability: null,
    scoped: false,
    run: (_c, a) => countProposalsByStatus(a),
  },
  {
    name: "decisions.approveProposal",
    kind: "mutation",
    capability: "proposal.decide",
    scoped: true,
    override: decideRules,
    run: async (c, a, t) => approveProposal(a, { proposalId: await c.freshProposal(t, "RECOMMENDED"), reason }),
  },
  {
    name: "decisions.rejectProposal",
    kind: "mutation",
    capability: "proposal.decide",
    scoped: true,
    override: decideRules,
    run: async (c, a, t) => rejectProposal(a, { proposalId: await c.freshProposal(t, "RECOMMENDED"), reason }),
  },
  {
    name: "decisions.returnProposal",
    kind: "mutation",
    capability: ["proposal.intake", "proposal.decide"],
    scoped: true,
    override: returnRules,
    run: async (c, a, t) =>
      returnProposal(a, {
        proposalId: await c.freshProposal(t, "SUBMITTED"),
        reason,
        items: "Báo giá",
        deadline: "2099-12-31",
      }),
  },
  {
    name: "messages.postMessage",
    kind: "mutation",
    capability: "proposal.message",
    scoped: true,
    override: proposalRules,
    run: (c, a, t) => postMessage(a, { proposalId: c.proposal[t], body: "Xin bổ sung báo giá thứ ba." }),
  },
  {
    name: "messages.postMessage(internal)",
    kind: "mutation",
    capability: "proposal.internalNote",
    scoped: true,
    override: proposalRules,
    run: (c, a, t) => postMessage(a, { proposalId: c.proposal[t], body: "Ghi chú nội bộ.", internal: true }),
  },
  {
    name: "funding.signContract",
    kind: "mutation",
    capability: "funding.manage",
    scoped: true,
    override: proposalRules,
    run: async (c, a, t) => signContract(a, await c.freshProposal(t, "APPROVED"), { signedAt: "2026-04-01" }),
  },
  {
    name: "funding.startWork",
    kind: "mutation",
    capability: "funding.manage",
    scoped: true,
    override: proposalRules,
    run: async (c, a, t) => startWork(a, await c.freshProposal(t, "CONTRACTED")),
  },
];
