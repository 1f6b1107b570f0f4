import "server-only";
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { NotFoundError, WorkflowError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { writeAudit } from "@/lib/audit/write";
import { toSearchText } from "@/lib/text";
import { privacyScope } from "@/lib/privacy/scope";
import { anonymizeSchema, PERSONAL_FIELDS, type AnonymizeInput } from "@/lib/privacy/schemas";

const ANON_PERSON = "Người dùng đã ẩn danh";

/**
 * Erases the personal data of an establishment and of its accounts (ND 13/2023 Art. 16) while keeping the
 * money trail of its đề án — amounts, decisions, ledger, settlement — which public-finance law requires
 * to be kept (Luật Kế toán 2015 Art. 41). One transaction: anonymize, deactivate accounts, DeletionLog, audit.
 */
export async function anonymizeEstablishment(
  actor: Actor,
  input: AnonymizeInput,
  now = new Date(),
): Promise<{ deletionLogId: string }> {
  assertCan(actor, "personalData.manage");
  const data = parseOrThrow(anonymizeSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const est = await tx.establishment.findFirst({
      where: { AND: [{ id: data.establishmentId }, privacyScope(actor)] },
      select: { id: true, kind: true },
    });
    if (!est) throw new NotFoundError("Không tìm thấy cơ sở.");
    const label = `Cơ sở đã ẩn danh ${est.id.slice(-6)}`;
    const done = await tx.establishment.updateMany({
      where: { id: est.id, anonymizedAt: null },
      data: {
        name: label,
        taxCode: null,
        householdRegNo: null,
        address: null,
        representative: null,
        representativeTitle: null,
        bankAccount: null,
        bankName: null,
        phone: null,
        email: null,
        searchText: toSearchText(label),
        anonymizedAt: now,
      },
    });
    if (done.count !== 1) throw new WorkflowError("Dữ liệu cá nhân của cơ sở này đã được xóa trước đó.");
    const users = await tx.user.findMany({ where: { establishmentId: est.id }, select: { id: true } });
    const unusable = await bcrypt.hash(randomBytes(24).toString("hex"), 4);
    for (const u of users) {
      await tx.user.update({
        where: { id: u.id },
        data: { name: ANON_PERSON, email: null, phone: null, active: false, passwordHash: unusable },
      });
    }
    await tx.message.updateMany({
      where: { authorId: { in: users.map((u) => u.id) } },
      data: { authorName: ANON_PERSON },
    });
    const proposals = await tx.proposal.findMany({
      where: { establishmentId: est.id },
      select: { id: true, title: true, code: true },
    });
    for (const p of proposals)
      await tx.proposal.update({ where: { id: p.id }, data: { searchText: toSearchText(p.title, p.code, label) } });
    const log = await tx.deletionLog.create({
      data: { establishmentId: est.id, requestedById: actor.id, reason: data.reason, fields: [...PERSONAL_FIELDS] },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "personalData.anonymize",
      entity: "Establishment",
      entityId: est.id,
      reason: data.reason,
      data: { deletionLogId: log.id, accounts: users.length, proposalsKept: proposals.length },
    });
    return { deletionLogId: log.id };
  });
}
