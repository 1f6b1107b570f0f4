"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction, visitorLocale } from "@/lib/action";
import { renderText } from "@/lib/i18n/lib-text";
import type { FormState } from "@/lib/form-state";
import { importWorkbook, type ImportReport } from "@/lib/import/mutations";
import { routes } from "@/lib/routes";

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
        message: `Tệp có ${report.issues.length} lỗi; chưa ghi dòng nào. Sửa các lỗi dưới đây rồi tải lên lại.`,
      };
    revalidatePath(routes.staff.home, "layout");
    revalidatePath(routes.leader.home, "layout");
    return {
      ok: true,
      message: `Đã nhập ${report.establishments} cơ sở và ${report.proposals} đề án từ tệp ${report.fileName}.`,
    };
  });
  if (!report) return state;
  // The checks word some problems as catalog tokens (tax code, amounts): in the visitor's language here.
  const locale = await visitorLocale();
  const issues = report.issues.map(({ text, ...i }) => ({ ...i, message: renderText(text ?? i.message, locale) }));
  return { ...state, report: { ...report, issues } };
}
