import type { RuleSetData } from "@/lib/rules/rule-sets";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import type { ActivityDto, SupportRuleDto } from "@/lib/rules/dto";
import type { DraftData } from "@/lib/applications/schemas";
import type { EstablishmentKind, SignMode } from "@/lib/generated/prisma/enums";

// Plain, serializable shapes that cross into components (money as strings of VND, dates as ISO strings).

export type EstablishmentFactsDto = {
  id: string;
  name: string;
  kind: EstablishmentKind;
  industryCode: string | null;
  communeId: string | null;
  communeName: string | null;
  communeValidTo: string | null;
  difficultArea: boolean;
  ethnicMinorityArea: boolean;
  womenOwned: boolean;
  ethnicMinorityOwned: boolean;
  workforce: number;
};

export type CommuneOption = { id: string; name: string; province: string };
export type DocumentDto = {
  id: string;
  kind: string;
  fileName: string;
  size: number;
  mimeType: string;
  createdAt: string;
};

export type FormContext = {
  proposalId: string | null;
  draft: DraftData;
  establishment: EstablishmentFactsDto;
  rules: SupportRuleDto[];
  activities: ActivityDto[];
  communes: CommuneOption[];
  documents: DocumentDto[];
  /** Today in Vietnam (the date the rules are judged on if submitted now). */
  today: string;
  assisted: boolean;
  /** The rule set of the dossier's fund and province in force today (issue 15), and the fairs abroad already supported this year. */
  ruleSet: RuleSetChoiceDto | null;
  fairsAbroadThisYear: number;
};

export type RuleSetChoiceDto = {
  set: Omit<RuleSetData, "issuedOn" | "effectiveFrom" | "effectiveTo"> & {
    issuedOn: string;
    effectiveFrom: string;
    effectiveTo: string | null;
  };
  nationalFallback: boolean;
};

export type ProposalListItem = {
  id: string;
  code: string | null;
  title: string;
  status: ProposalStatus;
  activity: string;
  requestedSupport: string;
  submittedAt: string | null;
  updatedAt: string;
  openSupplement: boolean;
};

export type TimelineEntry = {
  id: string;
  action: string;
  fromStatus: ProposalStatus | null;
  toStatus: ProposalStatus | null;
  at: string;
  actorName: string | null;
  onBehalfOfName: string | null;
  reason: string | null;
  /** For a decision step (approve/reject/return): how its numbered decision was signed, if there is one. */
  signMode: SignMode | null;
};

export type SupplementDto = {
  round: number;
  items: string[];
  reason: string;
  deadline: string;
  createdAt: string;
  answeredAt: string | null;
  answerNote: string | null;
};

export type ProposalDetail = {
  id: string;
  code: string | null;
  title: string;
  objectives: string;
  status: ProposalStatus;
  activity: string;
  activityArticle: string;
  establishment: string;
  agency: string;
  commune: string | null;
  location: string | null;
  startDate: string | null;
  endDate: string | null;
  totalCost: string;
  requestedSupport: string;
  counterpart: string;
  approvedSupport: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  assisted: boolean;
  priorityArea: boolean;
  round: number;
  lines: Array<{
    position: number;
    item: string;
    costKind: string;
    quantity: number;
    unit: string;
    unitPrice: string;
    total: string;
    requestedSupport: string;
    counterpart: string;
  }>;
  documents: DocumentDto[];
  events: TimelineEntry[];
  supplements: SupplementDto[];
};

export type PublicLookup =
  | {
      found: true;
      code: string;
      status: ProposalStatus;
      submittedAt: string | null;
      updatedAt: string;
      decidedAt: string | null;
      steps: Array<{ status: ProposalStatus; at: string }>;
    }
  | { found: false };
