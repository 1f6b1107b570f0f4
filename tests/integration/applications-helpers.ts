import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { saveDraft } from "@/lib/applications/drafts";
import { uploadDocument } from "@/lib/applications/documents";
import type { DraftData } from "@/lib/applications/schemas";

export const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");

/** A complete machinery draft of the actor's establishment: 600 triệu machine, asking `askTrieu`. */
export async function machineryDraft(
  db: PrismaClient,
  actor: Actor,
  opts: { askTrieu: number; establishmentId?: string; start?: string },
): Promise<{ id: string; data: DraftData }> {
  const activity = await db.activityCategory.findFirstOrThrow({
    where: { code: "UNG_DUNG_MAY_MOC", validTo: null },
    select: { id: true },
  });
  const estId = opts.establishmentId ?? actor.establishmentId;
  const est = await db.establishment.findUniqueOrThrow({ where: { id: estId ?? "" }, select: { communeId: true } });
  const data: DraftData = {
    activityCategoryId: activity.id,
    title: "Ứng dụng máy CNC 4 trục trong chế tác đồ gỗ",
    objectives: "Tăng năng suất chạm khắc gấp ba lần, giảm bụi gỗ cho người lao động.",
    communeId: est.communeId ?? "",
    location: "Thôn Đông, xã Yên Lạc",
    startDate: opts.start ?? "2027-03-01",
    endDate: "2027-10-31",
    lines: [
      {
        item: "Máy CNC 4 trục",
        costKind: "MACHINERY",
        quantity: "1",
        unit: "máy",
        unitPrice: "600 triệu",
        requestedSupport: `${opts.askTrieu} triệu`,
      },
    ],
    attestCounterpart: true,
    attestNoDoubleFunding: true,
  };
  const { proposalId } = await saveDraft(actor, {
    proposalId: null,
    establishmentId: opts.establishmentId ?? null,
    data,
  });
  return { id: proposalId, data };
}

export async function attachQuotation(actor: Actor, proposalId: string): Promise<void> {
  await uploadDocument(actor, { proposalId, kind: "QUOTATION", fileName: "Báo giá máy CNC.pdf", bytes: PDF });
}
