import "server-only";
import { getDb, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseOrThrow, z } from "@/lib/validation";
import { toSearchText } from "@/lib/text";
import { vnDay } from "@/lib/dates";
import { proposalScope } from "@/lib/proposals/scope";
import { establishmentScope } from "@/lib/establishments/scope";
import { assertCanFile } from "@/lib/applications/guard";
import { draftSchema, type DraftData } from "@/lib/applications/schemas";
import { libText } from "@/lib/i18n/lib-token";

const saveInput = z.object({
  proposalId: z.string().max(40).nullish(),
  establishmentId: z.string().max(40).nullish(),
  data: draftSchema,
});

async function mirrorColumns(tx: Tx, d: DraftData, now: Date) {
  // Columns shown in lists follow the draft; ids are kept only if they name real rows (no FK errors mid-typing).
  const activity = d.activityCategoryId
    ? await tx.activityCategory.findUnique({ where: { id: d.activityCategoryId }, select: { id: true } })
    : null;
  const commune = d.communeId
    ? await tx.adminUnit.findFirst({ where: { id: d.communeId, level: "COMMUNE" }, select: { id: true } })
    : null;
  const year = /^\d{4}/.test(d.startDate) ? Number(d.startDate.slice(0, 4)) : vnDay(now).getUTCFullYear();
  return {
    title: d.title.trim() || "(Chưa đặt tên đề án)",
    objectives: d.objectives,
    location: d.location || null,
    year,
    draftData: d,
    searchText: toSearchText(d.title),
    ...(activity ? { activityCategoryId: activity.id } : {}),
    ...(commune ? { communeId: commune.id } : {}),
  };
}

/**
 * Autosave of the application form. The first save creates the DRAFT (an activity must be chosen, the
 * column is required); later saves update it only while it is still a DRAFT in the actor's scope,
 * decided by one conditional UPDATE.
 */
export async function saveDraft(
  actor: Actor,
  input: unknown,
  now = new Date(),
): Promise<{ proposalId: string; savedAt: Date }> {
  const { assisted } = assertCanFile(actor);
  const { proposalId, establishmentId, data } = parseOrThrow(saveInput, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const cols = await mirrorColumns(tx, data, now);
    if (proposalId) {
      const updated = await tx.proposal.updateMany({
        where: { AND: [{ id: proposalId, status: "DRAFT" }, proposalScope(actor)] },
        data: cols,
      });
      if (updated.count !== 1) {
        const exists = await tx.proposal.count({ where: { AND: [{ id: proposalId }, proposalScope(actor)] } });
        if (!exists) throw new NotFoundError();
        throw new ConflictError(libText("errors.theDossierIsSubmittedSo"));
      }
      await writeAudit(tx, actor, { action: "proposal.draftSave", entity: "Proposal", entityId: proposalId, assisted });
      return { proposalId, savedAt: now };
    }
    if (!("activityCategoryId" in cols))
      throw new ValidationError({ activityCategoryId: [libText("validation.chooseTheIndustrialExtensionActivity")] });
    const estId = assisted ? establishmentId : actor.establishmentId;
    if (!estId) throw new ValidationError({ _form: [libText("validation.pleaseCompleteTheEstablishmentS")] });
    const est = await tx.establishment.findFirst({
      where: { AND: [{ id: estId }, establishmentScope(actor)] },
      select: { id: true, name: true, agencyId: true },
    });
    if (!est) throw new NotFoundError(libText("errors.theEstablishmentWasNotFound"));
    if (!est.agencyId)
      throw new ValidationError({
        _form: [libText("validation.theEstablishmentHasNoReceiving")],
      });
    const created = await tx.proposal.create({
      data: {
        ...cols,
        activityCategoryId: cols.activityCategoryId as string,
        establishmentId: est.id,
        agencyId: est.agencyId,
        assisted,
        createdById: actor.id,
        searchText: toSearchText(data.title, est.name),
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "proposal.draftCreate",
      entity: "Proposal",
      entityId: created.id,
      assisted,
      data: assisted ? { establishmentId: est.id, establishment: est.name } : undefined,
    });
    return { proposalId: created.id, savedAt: now };
  });
}
