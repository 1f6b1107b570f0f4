"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction, visitorLocale } from "@/lib/action";
import { renderText } from "@/lib/i18n/lib-text";
import type { FormState } from "@/lib/form-state";
import { importWorkbook, type ImportReport } from "@/lib/import/mutations";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

export type ImportState = FormState & { report?: ImportReport };

export async function importWorkbookAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const actor = await requireActor();
  let report: ImportReport | undefined;
  const state = await runAction(null, async () => {
    const file = formData.get("file");
    const bytes = file instanceof File ? await file.arrayBuffer() : new ArrayBuffer(0);
    report = await importWorkbook(actor, { name: file instanceof File ? file.name : "", bytes });
    if (!report.ok)
      return {
        ok: false,
        message: libText("errors.importRefused", { count: report.issues.length }),
      };
    revalidatePath(routes.staff.home, "layout");
    revalidatePath(routes.leader.home, "layout");
    return {
      ok: true,
      message: libText("done.imported", {
        establishments: report.establishments,
        proposals: report.proposals,
        file: report.fileName,
      }),
    };
  });
  if (!report) return state;
  // The checks word some problems as catalog tokens (tax code, amounts): in the visitor's language here.
  const locale = await visitorLocale();
  const issues = report.issues.map(({ text, ...i }) => ({ ...i, message: renderText(text ?? i.message, locale) }));
  return { ...state, report: { ...report, issues } };
}
