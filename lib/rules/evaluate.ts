import { formatDate } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import { evaluateLines, SELF_FUNDED } from "@/lib/rules/caps";
import { checkEligibility, priorityReasons } from "@/lib/rules/eligibility";
import { BENEFICIARY_RULES, type BeneficiaryRule } from "@/lib/rules/industries";
import type {
  ActivityData,
  EstablishmentFacts,
  FundedBefore,
  LineInput,
  SupportRuleData,
  Verdict,
} from "@/lib/rules/types";
import { costKindLabel } from "@/lib/rules/support-table";
import { limitProblems, type DossierHistory } from "@/lib/rules/limits";
import { ruleSetSentence, type RuleSetChoice } from "@/lib/rules/rule-sets";

export type EvaluationInput = {
  rules: readonly SupportRuleData[];
  establishment: EstablishmentFacts;
  activity: ActivityData | null;
  lines: readonly LineInput[];
  attestCounterpart: boolean;
  attestNoDoubleFunding: boolean;
  /** The submission date: a đề án is judged by the rules in force that day. */
  on: Date;
  beneficiaryRules?: readonly BeneficiaryRule[];
  /** The rule set of the đề án's fund and province in force on `on`; `rules` are its rows. */
  ruleSet?: RuleSetChoice | null;
  /** The establishment's other đề án (fairs abroad this year). */
  history?: DossierHistory | null;
  /** Support the establishment already holds for the same cost kinds (issue 23: double funding, shared caps). */
  fundedBefore?: readonly FundedBefore[];
};

/** The whole verdict on one draft: eligibility, priority, the cap of every line, and what blocks submission. */
export function evaluateApplication(input: EvaluationInput): Verdict {
  const { on } = input;
  const beneficiaryRules = input.beneficiaryRules ?? BENEFICIARY_RULES;
  const eligibility = checkEligibility(input.establishment, input.activity, on, beneficiaryRules);
  const priority = priorityReasons(input.establishment, on, beneficiaryRules);
  const lines = evaluateLines(input.rules, input.lines, {
    on,
    priority: priority.length > 0,
    fundedBefore: input.fundedBefore,
  });
  const problems = [
    ...eligibility.problems,
    ...limitProblems(input.ruleSet ?? null, input.rules, input.establishment, input.lines, on, input.history ?? null),
  ];

  if (input.lines.length === 0) problems.push("Chưa có khoản chi nào trong dự toán.");
  const allowed = new Set(input.rules.filter((r) => r.activityCode === input.activity?.code).map((r) => r.costKind));
  input.lines.forEach((line, i) => {
    const v = lines[i];
    if (input.activity && line.costKind !== SELF_FUNDED && !allowed.has(line.costKind)) {
      problems.push(`Khoản ${i + 1} ("${line.item}"): loại chi phí không thuộc nội dung "${input.activity.name}".`);
    } else if (v && !v.ok) {
      problems.push(
        `Khoản ${i + 1} ("${line.item}"): đề nghị ${formatMoney(v.requested)}, tối đa ${formatMoney(v.maxSupport)}.`,
      );
    }
  });
  // Pre-conditions for funding (TTLT 26/2014 Art. 7; same principle in TT 28/2018): counterpart committed
  // and no other state support for the same cost.
  if (!input.attestCounterpart) problems.push("Chưa cam kết bố trí đủ vốn đối ứng (phần chi phí còn lại).");
  if (!input.attestNoDoubleFunding)
    problems.push("Chưa cam kết khoản chi chưa nhận hỗ trợ từ nguồn ngân sách nhà nước khác.");

  const sum = (f: (x: LineInput) => bigint) => input.lines.reduce((a, l) => a + f(l), 0n);
  const reasons = [...eligibility.reasons, `Xét theo quy định có hiệu lực ngày ${formatDate(on)}.`];
  if (input.ruleSet) reasons.push(ruleSetSentence(input.ruleSet));
  return {
    judgedOn: on,
    eligible: eligibility.eligible,
    reasons,
    priority: { applies: priority.length > 0, reasons: priority },
    lines,
    totalCost: sum((l) => l.total),
    totalRequested: sum((l) => l.requestedSupport),
    totalMaxSupport: lines.reduce((a, l) => a + l.maxSupport, 0n),
    problems,
    priorSupport: priorSupportNotes(input.lines, input.fundedBefore ?? []),
    ruleSet: input.ruleSet
      ? {
          code: input.ruleSet.set.code,
          citation: ruleSetSentence(input.ruleSet),
          illustrative: input.ruleSet.set.illustrative,
        }
      : null,
  };
}

/**
 * The earlier support for the same cost items, in words the applicant and the council read (never a raw code):
 * "Máy móc thiết bị …: đã được hỗ trợ 300.000.000 đồng trong đề án … (năm 2025)".
 */
export function priorSupportNotes(lines: readonly LineInput[], funded: readonly FundedBefore[]): string[] {
  const kinds = new Set(lines.map((l) => l.costKind));
  return funded
    .filter((f) => kinds.has(f.costKind))
    .map(
      (f) =>
        `${costKindLabel(f.costKind)}: cơ sở đã được hỗ trợ ${formatMoney(f.amount)} trong đề án ${f.code ?? `“${f.title}”`} (năm ${f.year}).`,
    );
}
