import { z } from "@/lib/validation";

export const messageSchema = z.object({
  proposalId: z.string().min(1),
  body: z.string().trim().min(2, "Nhập nội dung tin nhắn.").max(4000, "Tin nhắn tối đa 4.000 ký tự."),
  internal: z.preprocess((v) => v === true || v === "1" || v === "on" || v === "true", z.boolean()),
});
