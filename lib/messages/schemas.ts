import { z } from "@/lib/validation";
import { libText } from "@/lib/i18n/lib-token";

export const messageSchema = z.object({
  proposalId: z.string().min(1),
  body: z
    .string()
    .trim()
    .min(2, libText("validation.enterTheMessage"))
    .max(4000, libText("validation.aMessageHasAtMost")),
  internal: z.preprocess((v) => v === true || v === "1" || v === "on" || v === "true", z.boolean()),
});
