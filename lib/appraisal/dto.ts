import type { Fund, Pipeline, ProposalStatus } from "@/lib/generated/prisma/enums";
import type { Tone } from "@/lib/tone";

// Plain, serializable shapes that cross into components (money as strings of integer VND).
export type QueueRow = {
  id: string;
  code: string | null;
  title: string;
  status: ProposalStatus;
  statusLabel: string;
  tone: Tone;
  fund: Fund;
  year: number;
  pipeline: Pipeline;
  submittedAt: string | null;
  requestedSupport: string;
  tags: string[];
  establishmentName: string | null;
  communeName: string | null;
  activityName: string;
  assigned: number;
  meanTenths: number | null;
  wideSpread: boolean;
  overdueLabel: string | null;
};

export type Option = { value: string; label: string };
