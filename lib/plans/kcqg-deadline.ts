// The national registration calendar (domain.md §4.3 step 2): the province registers its KCQG đề án for
// next year's national plan with the ministry by 20 June (TT 36/2013/TT-BCT as amended by TT 17/2018/TT-BCT;
// originally 15 June). Pure.

import { WorkflowError } from "@/lib/errors";
import { formatDate } from "@/lib/dates";
import { libText } from "@/lib/i18n/lib-token";

/** Last day to register a đề án of `planYear` with the ministry: 20/06 of the year before. */
export function kcqgRegistrationDeadline(planYear: number): Date {
  return new Date(Date.UTC(planYear - 1, 5, 20));
}

/** On time when sent on or before the deadline day (calendar day in Vietnam, UTC+7). */
export function registeredOnTime(planYear: number, sentAt: Date): boolean {
  const vn = new Date(sentAt.getTime() + 7 * 3600 * 1000);
  const day = Date.UTC(vn.getUTCFullYear(), vn.getUTCMonth(), vn.getUTCDate());
  return day <= kcqgRegistrationDeadline(planYear).getTime();
}

/** The first plan year the province can still register for on `now`. */
export function firstOpenPlanYear(now: Date): number {
  const y = new Date(now.getTime() + 7 * 3600 * 1000).getUTCFullYear();
  return registeredOnTime(y + 1, now) ? y + 1 : y + 2;
}

/** Sending a KCQG đề án to the ministry after the deadline of its plan year is refused, naming the rule. */
export function assertRegistrationOpen(planYear: number, now: Date): void {
  if (registeredOnTime(planYear, now)) return;
  throw new WorkflowError(
    libText("errors.kcqgDeadlinePassed", {
      year: planYear,
      deadline: formatDate(kcqgRegistrationDeadline(planYear)),
      next: firstOpenPlanYear(now),
    }),
  );
}
