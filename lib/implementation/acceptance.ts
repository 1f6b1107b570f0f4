import "server-only";
import { getDb } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { parseOrThrow } from "@/lib/validation";
import { ValidationError, WorkflowError } from "@/lib/errors";
import { formatDate, vnDay } from "@/lib/dates";
import { writeAudit } from "@/lib/audit/write";
import { findProposalInScope } from "@/lib/proposals/scope";
import { transitionProposal } from "@/lib/proposals/transition";
import { lockProposal } from "@/lib/funding/ledger-sql";
import { findDoubleFunding, type DoubleFundingHit } from "@/lib/funding/double-funding";
import { acceptanceSchema } from "@/lib/implementation/schemas";
import { notifyApplicant } from "@/lib/notifications/applicant";
import { notices } from "@/lib/notifications/templates";
import { routes } from "@/lib/routes";
import { checkResult } from "@/lib/metrics/result-quality";
import { libText } from "@/lib/i18n/lib-token";

/**
 * Acceptance minutes (nghiệm thu cơ sở, Mẫu 5a/5b): what was achieved in indicator terms becomes Result
 * rows (origin ACCEPTANCE) tied to the đề án and the minutes, so the dashboards move. The first minutes
 * move the đề án to ACCEPTED; further minutes (another site) may follow until settlement. Double funding
 * is checked again here and flagged on the minutes.
 */
export async function recordAcceptance(
  actor: Actor,
  proposalId: string,
  input: unknown,
): Promise<{ acceptanceId: string; results: number; doubleFunding: DoubleFundingHit[]; flagged: string[] }> {
  assertCan(actor, "funding.manage");
  const data = parseOrThrow(acceptanceSchema, input);
  const entries = Object.entries(data.indicators).filter(([, v]) => v > 0);
  if (entries.length === 0) throw new ValidationError({ indicators: [libText("validation.enterAtLeastOneIndicator")] });
  if (data.acceptedAt.getTime() > vnDay(new Date()).getTime())
    throw new ValidationError({ acceptedAt: [libText("validation.theAcceptanceDateCannotBe")] });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const p = await findProposalInScope(tx, actor, proposalId, {
      id: true,
      agencyId: true,
      fund: true,
      communeId: true,
      activityCategoryId: true,
      agency: { select: { provinceId: true } },
      contract: { select: { signedAt: true } },
      approvedSupport: true,
      establishment: { select: { workforce: true } },
    });
    const locked = await lockProposal(tx, p.id);
    if (!p.contract) throw new WorkflowError(libText("errors.theSupportContractIsNot2"));
    if (data.acceptedAt.getTime() < p.contract.signedAt.getTime()) {
      throw new ValidationError({
        acceptedAt: [libText("validation.acceptedBeforeContract", { date: formatDate(p.contract.signedAt) })],
      });
    }
    if (locked.status !== "ACCEPTED") await transitionProposal(tx, actor, p.id, "accept");
    const indicators = await tx.indicator.findMany({
      where: { code: { in: entries.map(([c]) => c) } },
      select: { id: true, code: true, name: true, unit: true },
    });
    const unknown = entries.filter(([c]) => !indicators.some((i) => i.code === c)).map(([c]) => c);
    if (unknown.length)
      throw new ValidationError({
        indicators: [libText("validation.unknownIndicators", { codes: unknown.join(", ") })],
      });
    // Data-quality rules (lib/metrics/result-quality.ts): out of range is refused, outliers are kept and flagged.
    const minutesAttached = (await tx.document.count({ where: { proposalId: p.id, kind: "ACCEPTANCE" } })) > 0;
    const issues = new Map(
      entries.map(([code, value]) => {
        const ind = indicators.find((i) => i.code === code)!;
        return [
          code,
          checkResult({
            indicatorName: ind.name,
            unit: ind.unit,
            value,
            workforce: p.establishment?.workforce ?? null,
            approvedSupport: p.approvedSupport,
            minutesAttached,
          }),
        ] as const;
      }),
    );
    const refused = [...issues.values()].flat().filter((i) => i.refuse);
    if (refused.length) throw new ValidationError({ indicators: refused.map((i) => i.vi) });

    const hits = await findDoubleFunding(tx, p.id);
    const acceptance = await tx.acceptance.create({
      data: {
        proposalId: p.id,
        kind: data.kind,
        minutesNo: data.minutesNo,
        acceptedAt: data.acceptedAt,
        note: data.note,
        doubleFundingFlag: hits.length > 0,
        createdById: actor.id,
      },
      select: { id: true },
    });
    const year = data.acceptedAt.getUTCFullYear();
    const source = `Biên bản nghiệm thu số ${data.minutesNo} ngày ${formatDate(data.acceptedAt)}`;
    await tx.result.createMany({
      data: entries.map(([code, value]) => ({
        indicatorId: indicators.find((i) => i.code === code)!.id,
        year,
        startYear: year,
        endYear: year,
        provinceId: p.agency.provinceId,
        agencyId: p.agencyId,
        fund: p.fund,
        activityCategoryId: p.activityCategoryId,
        communeId: p.communeId,
        proposalId: p.id,
        acceptanceId: acceptance.id,
        value: BigInt(value),
        qualityFlags: issues.get(code)!.map((i) => i.rule),
        qualityNote: issues.get(code)!.length
          ? issues
              .get(code)!
              .map((i) => i.vi)
              .join(" ")
          : null,
        origin: "ACCEPTANCE" as const,
        status: "APPROVED" as const,
        source,
        createdById: actor.id,
        approvedById: actor.id,
        approvedAt: new Date(),
      })),
    });
    await writeAudit(tx, actor, {
      action: "acceptance.record",
      entity: "Acceptance",
      entityId: acceptance.id,
      data: {
        proposalId: p.id,
        minutesNo: data.minutesNo,
        indicators: Object.fromEntries(entries),
        doubleFunding: hits.map((h) => h.proposalId),
        qualityFlags: Object.fromEntries(
          [...issues].filter(([, v]) => v.length).map(([k, v]) => [k, v.map((i) => i.rule)]),
        ),
      },
    });
    await notifyApplicant(tx, p.id, (d) =>
      notices.accepted(d, data.minutesNo, data.acceptedAt, routes.enterprise.implementation(d.id)),
    );
    const flagged = [...issues.values()].flat().map((i) => i.vi);
    return { acceptanceId: acceptance.id, results: entries.length, doubleFunding: hits, flagged };
  });
}
