import { z } from "@/lib/validation";
import { libText } from "@/lib/i18n/lib-token";

const ids = z.array(z.string().min(1)).min(1, libText("validation.chooseAtLeastOneDossier")).max(200);

export const ADVANCE_ACTIONS = [
  "startAppraisal",
  "closeScoring",
  "recommend",
  "notRecommend",
  "baseAppraise",
  "sendToMinistry",
] as const;
export type AdvanceAction = (typeof ADVANCE_ACTIONS)[number];

export const advanceSchema = z.object({
  proposalId: z.string().min(1),
  action: z.enum(ADVANCE_ACTIONS),
  reason: z
    .string()
    .trim()
    .max(4000)
    .optional()
    .transform((v) => v || null),
});

export const assignSchema = z.object({
  proposalIds: ids,
  appraiserIds: z.array(z.string().min(1)).min(1, libText("validation.chooseAtLeastOneCouncil")).max(20),
});

export const unassignSchema = z.object({ proposalId: z.string().min(1), appraiserId: z.string().min(1) });

export const conflictSchema = z
  .object({
    proposalId: z.string().min(1),
    decision: z.enum(["NO_CONFLICT", "RECUSED"], {
      message: libText("validation.chooseConflict"),
    }),
    note: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .transform((v) => v || null),
  })
  .refine((v) => v.decision !== "RECUSED" || (v.note?.length ?? 0) >= 5, {
    path: ["note"],
    message: libText("validation.enterRecusalReason"),
  });

export const scoreSchema = z.object({
  proposalId: z.string().min(1),
  scores: z
    .array(
      z.object({
        criterionId: z.string().min(1),
        value: z.coerce
          .number({ message: libText("validation.enterScore") })
          .int(libText("validation.theScoreIsAWhole"))
          .min(0, libText("validation.theScoreCannotBeNegative")),
        justification: z.string().trim().min(10, libText("validation.stateYourCommentsAndThe")).max(2000),
      }),
    )
    .min(1),
});

const tag = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[^,]+$/, libText("validation.aTagCannotContainA"));

export const tagsSchema = z.object({
  proposalIds: ids,
  add: z.array(tag).max(10).default([]),
  remove: z.array(tag).max(10).default([]),
});

export type ScoreInput = z.input<typeof scoreSchema>;
