import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ConflictError, ValidationError, WorkflowError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { formatMoney } from "@/lib/money";
import { vnDay } from "@/lib/dates";
import { toSearchText } from "@/lib/text";
import { findProposalInScope } from "@/lib/proposals/scope";
import { transitionProposal } from "@/lib/proposals/transition";
import { resolveCommune } from "@/lib/establishments/agency";
import { evaluateApplication } from "@/lib/rules/evaluate";
import { loadActivities, loadDossierHistory, loadRulesFor, loadFundedBefore } from "@/lib/rules/load";
import type { Verdict } from "@/lib/rules/types";
import { notifyAgencyOfSubmission } from "@/lib/notifications/notify";
import { deliverQuietly } from "@/lib/notifications/deliver";
import { enqueueMailSafetyNet } from "@/lib/notifications/mail-job";
import { assertCanFile } from "@/lib/applications/guard";
import { loadEstablishmentFacts } from "@/lib/applications/facts";
import { nextDossierCode } from "@/lib/applications/dossier-code";
import { NEEDS_QUOTATION, submitSchemaFor } from "@/lib/applications/schemas";
import { notices } from "@/lib/notifications/templates";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

function verdictErrors(v: Verdict): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const line of v.lines) if (!line.ok) errors[`lines.${line.index}.requestedSupport`] = [line.explanation];
  const general = v.problems.filter((p) => !p.startsWith("Khoản "));
  if (general.length) errors._form = general;
  return errors;
}

/**
 * Submits a draft: parses it strictly, judges it by the rules in force on the submission date, and — only
 * if nothing blocks — writes the columns and budget lines, takes the next dossier code and moves DRAFT →
 * SUBMITTED, all in one transaction with the agency's notices. Any failure leaves the draft exactly as it
 * was. E-mail goes out after commit.
 */
export async function submitApplication(actor: Actor, proposalId: string, now = new Date()): Promise<{ code: string }> {
  const { assisted } = assertCanFile(actor);
  const today = vnDay(now);
  const db = await getDb();
  const out = await db.$transaction(
    async (tx) => {
      const p = await findProposalInScope(tx, actor, proposalId, {
        id: true,
        status: true,
        draftData: true,
        establishmentId: true,
        fund: true,
        agency: { select: { code: true, provinceId: true } },
        documents: { select: { kind: true } },
      });
      if (p.status !== "DRAFT") throw new WorkflowError(libText("errors.thisDossierIsAlreadySubmitted"));
      if (!p.establishmentId) throw new ValidationError({ _form: [libText("validation.theDossierIsNotLinked")] });
      const v = parseOrThrow(submitSchemaFor(today), p.draftData ?? {});
      const place = await resolveCommune(tx, v.communeId, today);
      if (p.agency.provinceId && place.provinceId !== p.agency.provinceId) {
        throw new ValidationError({ communeId: [libText("validation.thePlaceOfImplementationMust")] });
      }
      // Sequential on purpose: one transaction is one connection.
      // The rule set of the đề án's fund and province in force on the submission day (issue 15).
      const { choice, rules } = await loadRulesFor(tx, { fund: p.fund, provinceId: p.agency.provinceId, date: today });
      const history = await loadDossierHistory(tx, p.establishmentId, v.startDate.getUTCFullYear(), p.id);
      // Support the establishment already holds for the same cost items shares the caps (issue 23: double funding).
      const fundedBefore = await loadFundedBefore(tx, p.establishmentId, p.id);
      const activities = await loadActivities(tx);
      const facts = await loadEstablishmentFacts(tx, p.establishmentId);
      const activity = activities.find((a) => a.id === v.activityCategoryId) ?? null;
      const verdict = evaluateApplication({
        rules,
        establishment: facts,
        activity,
        on: today,
        attestCounterpart: v.attestCounterpart,
        attestNoDoubleFunding: v.attestNoDoubleFunding,
        lines: v.lines.map((l) => ({
          item: l.item,
          costKind: l.costKind,
          total: l.total,
          requestedSupport: l.requestedSupport,
          quantity: l.quantity,
        })),
        ruleSet: choice,
        history,
        fundedBefore,
      });
      const errors = verdictErrors(verdict);
      if (
        v.lines.some((l) => NEEDS_QUOTATION.includes(l.costKind) && l.requestedSupport > 0n) &&
        !p.documents.some((d) => d.kind === "QUOTATION")
      ) {
        errors.attachments = ["Cần đính kèm ít nhất một báo giá của nhà cung cấp cho máy móc, thiết bị, mô hình."];
      }
      if (Object.keys(errors).length) {
        const first = errors._form?.[0] ?? Object.values(errors)[0]?.[0] ?? "";
        throw new ValidationError(errors, `Hồ sơ chưa thể nộp. ${first}`);
      }

      const totalCost = verdict.totalCost;
      const requested = verdict.totalRequested;
      const written = await tx.proposal.updateMany({
        where: { id: p.id, status: "DRAFT" },
        data: {
          activityCategoryId: v.activityCategoryId,
          title: v.title,
          objectives: v.objectives,
          communeId: place.communeId,
          location: v.location,
          startDate: v.startDate,
          endDate: v.endDate,
          year: v.startDate.getUTCFullYear(),
          totalCost,
          requestedSupport: requested,
          counterpart: totalCost - requested,
          attestCounterpart: true,
          attestNoDoubleFunding: true,
          priorityArea: verdict.priority.applies,
          searchText: toSearchText(v.title, facts.name),
        },
      });
      if (written.count !== 1) throw new ConflictError(libText("errors.theDossierWasJustSubmitted"));
      await tx.budgetLine.deleteMany({ where: { proposalId: p.id } });
      await tx.budgetLine.createMany({
        data: v.lines.map((l, i) => ({
          proposalId: p.id,
          position: i + 1,
          item: l.item,
          costKind: l.costKind,
          quantity: l.quantity,
          unit: l.unit,
          unitPrice: l.unitPrice,
          total: l.total,
          requestedSupport: l.requestedSupport,
          counterpart: l.counterpart,
        })),
      });
      const code = await nextDossierCode(tx, p.agency.code, now);
      await transitionProposal(tx, actor, p.id, "submit", {
        data: { code, submittedAt: now, searchText: toSearchText(v.title, code, facts.name) },
        assisted,
        onBehalfOfName: assisted ? facts.name : null,
        notice: (d) => notices.received(d, routes.enterprise.dossier(d.id)),
        auditData: {
          from: "DRAFT",
          to: "SUBMITTED",
          code,
          judgedOn: today.toISOString().slice(0, 10),
          totalCost: totalCost.toString(),
          requestedSupport: requested.toString(),
          maxSupport: verdict.totalMaxSupport.toString(),
          ruleSet: choice?.set.code ?? null,
          priority: verdict.priority.reasons,
          summary: `Đề nghị hỗ trợ ${formatMoney(requested)} / tổng chi phí ${formatMoney(totalCost)}`,
        },
      });
      // The intake desk learns of it in the same transaction: no notice for a submission that rolled back.
      const mail = await notifyAgencyOfSubmission(tx, p.id, assisted ? actor.id : undefined);
      await enqueueMailSafetyNet(tx, mail);
      return { code, mail };
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
  await deliverQuietly(out.mail);
  return { code: out.code };
}
