import "server-only";
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { getDb, type Tx } from "@/lib/db";
import { NotFoundError, WorkflowError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { writeAudit } from "@/lib/audit/write";
import { toSearchText } from "@/lib/text";
import { getStore } from "@/lib/storage";
import { logWarn } from "@/lib/log";
import { FUNDED_STATUSES } from "@/lib/funded-statuses";
import { privacyScope } from "@/lib/privacy/scope";
import { anonymizeSchema, PERSONAL_FIELDS, type AnonymizeInput } from "@/lib/privacy/schemas";
import { RETAINED_TABLES } from "@/lib/privacy/register";
import { deleteWhereKeyContains, identifiersOf, sweep } from "@/lib/privacy/sweep";
import { libText } from "@/lib/i18n/lib-token";

// Erasure of a person (an establishment and its accounts) everywhere the portal holds them (Law 91/2025/QH15,
// issue 23). One transaction:
//  1. the profile and the accounts lose every identifier (a pseudonym "Người dùng ẩn danh #3f9a1c" in their
//     place), sign-in is made impossible, sessions / second factors / SSO links / claims / subscriptions /
//     preferences / notifications / deliveries / mail to them are deleted, consents are marked withdrawn;
//  2. what the person wrote in messages is removed; files they uploaded to dossiers that were never funded are
//     deleted (rows now, bytes after commit unless another row still points at the same content);
//  3. a sweep over every text, JSON and text-array column of every other table replaces each identifier (name,
//     tax code, household registration number, representative, address, phone, e-mail, bank account, the
//     accent-less search forms of the names) by the pseudonym — including the audit log, whose append-only trigger
//     lets exactly this rewrite of "reason" and "data" through (migration 20261204031148_personal_data_law_91);
//  4. the tables of RETAINED_TABLES (decisions, contract, ledger, acceptance, settlement, issued signed documents,
//     signature checks) are left as they are: the law requires them to be kept for public money (the register's
//     "retainedRecords" entry states the retention); the uploaded files of funded dossiers are kept likewise.
// A DeletionLog row records the pseudonym, the rows rewritten per table and what was kept; an audit row says it.

const REMOVED_TEXT = "[Nội dung đã được xóa theo yêu cầu của chủ thể dữ liệu — Luật 91/2025/QH15]";
export type ErasureSummary = {
  pseudonym: string;
  accounts: number;
  deleted: Record<string, number>;
  rewritten: Record<string, number>;
  filesRemoved: number;
  retained: { tables: readonly string[]; fundedDossiers: number; filesKept: number };
};

export async function eraseEstablishment(
  actor: Actor,
  input: AnonymizeInput,
  now = new Date(),
): Promise<{ deletionLogId: string; summary: ErasureSummary }> {
  assertCan(actor, "personalData.manage");
  const data = parseOrThrow(anonymizeSchema, input);
  const db = await getDb();
  const filesToCheck: string[] = [];
  const result = await db.$transaction(
    async (tx) => {
      const est = await tx.establishment.findFirst({
        where: { AND: [{ id: data.establishmentId }, privacyScope(actor)] },
      });
      if (!est) throw new NotFoundError(libText("errors.theEstablishmentWasNotFound"));
      // Claim the erasure first (a conditional update: of parallel erasures one wins, the others find it done).
      const claimed = await tx.establishment.updateMany({
        where: { id: est.id, anonymizedAt: null },
        data: { anonymizedAt: now },
      });
      if (claimed.count !== 1) throw new WorkflowError(libText("errors.thisEstablishmentSPersonalData"));
      const users = await tx.user.findMany({
        where: { establishmentId: est.id },
        select: { id: true, name: true, email: true, phone: true },
      });
      const userIds = users.map((u) => u.id);
      const idNumbers = await tx.personalIdNumber.findMany({ where: { userId: { in: userIds } } });
      const identifiers = identifiersOf([
        est.name,
        est.taxCode,
        est.householdRegNo,
        est.representative,
        est.address,
        est.phone,
        est.email,
        est.bankAccount,
        ...users.flatMap((u) => [u.name, u.email, u.phone]),
        ...idNumbers.map((p) => p.number),
      ]);
      const pseudonym = `Người dùng ẩn danh #${randomBytes(3).toString("hex")}`;

      // 1. Profile and accounts.
      await tx.establishment.update({
        where: { id: est.id },
        data: {
          name: pseudonym,
          taxCode: null,
          householdRegNo: null,
          address: null,
          representative: null,
          representativeTitle: null,
          bankAccount: null,
          bankName: null,
          phone: null,
          email: null,
          searchText: toSearchText(pseudonym),
          anonymizedAt: now,
        },
      });
      const unusable = await bcrypt.hash(randomBytes(24).toString("hex"), 4);
      await tx.user.updateMany({
        where: { id: { in: userIds } },
        data: {
          name: pseudonym,
          email: null,
          phone: null,
          title: null,
          active: false,
          passwordHash: unusable,
          mustChangePassword: false,
        },
      });
      const byUser = { where: { userId: { in: userIds } } };
      const deleted: Record<string, number> = {
        AuthSession: (await tx.authSession.deleteMany(byUser)).count,
        SecondFactor: (await tx.secondFactor.deleteMany(byUser)).count,
        RecoveryCode: (await tx.recoveryCode.deleteMany(byUser)).count,
        ExternalIdentity: (await tx.externalIdentity.deleteMany(byUser)).count,
        PersonalIdNumber: (await tx.personalIdNumber.deleteMany(byUser)).count,
        NotificationPreference: (await tx.notificationPreference.deleteMany(byUser)).count,
        CallSubscription: (await tx.callSubscription.deleteMany(byUser)).count,
        Notification: (await tx.notification.deleteMany(byUser)).count,
        NotificationDelivery: (await tx.notificationDelivery.deleteMany(byUser)).count,
        AccountClaim: (await tx.accountClaim.deleteMany({ where: { establishmentId: est.id } })).count,
        OutboxEmail: (
          await tx.outboxEmail.deleteMany({
            where: { to: { in: [est.email, ...users.map((u) => u.email)].filter((e): e is string => !!e) } },
          })
        ).count,
        SignInThrottle: await deleteWhereKeyContains(tx, "SignInThrottle", [...identifiers, ...userIds]),
        RateLimitBucket: await deleteWhereKeyContains(tx, "RateLimitBucket", identifiers),
      };
      await tx.consentRecord.updateMany({
        where: { OR: [{ userId: { in: userIds } }, { establishmentId: est.id }], withdrawnAt: null },
        data: { withdrawnAt: now },
      });

      // 2. What they wrote; files of dossiers never funded.
      const written = await tx.message.updateMany({
        where: { authorId: { in: userIds } },
        data: { authorName: pseudonym, body: REMOVED_TEXT },
      });
      const proposals = await tx.proposal.findMany({
        where: { establishmentId: est.id },
        select: { id: true, status: true, title: true, code: true },
      });
      const funded = proposals.filter((p) => FUNDED_STATUSES.includes(p.status));
      const unfundedIds = proposals.filter((p) => !FUNDED_STATUSES.includes(p.status)).map((p) => p.id);
      const files = await tx.document.findMany({
        where: { proposalId: { in: unfundedIds } },
        select: { id: true, storageKey: true },
      });
      deleted.Document = (await tx.document.deleteMany({ where: { id: { in: files.map((f) => f.id) } } })).count;
      for (const f of files) if (f.storageKey) filesToCheck.push(f.storageKey);
      const filesKept = await tx.document.count({ where: { proposalId: { in: funded.map((p) => p.id) } } });

      // 3. The sweep, the audit log included (the trigger admits this one rewrite inside this transaction).
      await tx.$executeRawUnsafe(`SELECT set_config('kc.audit_pseudonymize', 'on', true)`);
      const rewritten = await sweep(tx, identifiers, pseudonym);
      await tx.$executeRawUnsafe(`SELECT set_config('kc.audit_pseudonymize', 'off', true)`);
      if (written.count > 0) rewritten.Message = Math.max(rewritten.Message ?? 0, written.count);
      for (const p of proposals)
        await tx.proposal.update({
          where: { id: p.id },
          data: { searchText: toSearchText(p.title, p.code, pseudonym) },
        });

      const summary: ErasureSummary = {
        pseudonym,
        accounts: users.length,
        deleted,
        rewritten,
        filesRemoved: files.length,
        retained: { tables: RETAINED_TABLES, fundedDossiers: funded.length, filesKept },
      };
      const logRow = await tx.deletionLog.create({
        data: {
          establishmentId: est.id,
          requestedById: actor.id,
          reason: data.reason,
          fields: [...PERSONAL_FIELDS],
          pseudonym,
          summary,
        },
        select: { id: true },
      });
      await writeAudit(tx, actor, {
        action: "personalData.anonymize",
        entity: "Establishment",
        entityId: est.id,
        reason: data.reason,
        data: {
          deletionLogId: logRow.id,
          pseudonym,
          accounts: users.length,
          proposalsKept: proposals.length,
          auditRowsPseudonymised: rewritten.AuditLog ?? 0,
        },
      });
      return { deletionLogId: logRow.id, summary };
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
  // Bytes after commit: an object stays while any row still points at the same content (content-addressed keys).
  const db2 = await getDb();
  let removed = 0;
  for (const key of new Set(filesToCheck)) {
    const still =
      (await db2.document.count({ where: { storageKey: key } })) +
      (await db2.issuedDocument.count({ where: { storageKey: key } }));
    if (still > 0) continue;
    try {
      await getStore().delete(key);
      removed += 1;
    } catch (e) {
      logWarn("privacy.erase.file", { key, error: String(e) });
    }
  }
  result.summary.filesRemoved = removed;
  return result;
}
