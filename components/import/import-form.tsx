"use client";

import { useActionState } from "react";
import type { ImportState } from "@/lib/import/actions";
import type { Locale } from "@/lib/i18n/locale";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field, inputClass } from "@/components/forms/field";
import { Table, Td } from "@/components/ui/table";
import { ValidatedForm } from "@/components/forms/validated-form";

/** Upload of the filled-in template; the validation report lists every error by sheet, row and column. */
export function ImportForm({
  action,
  locale,
}: {
  action: (prev: ImportState, formData: FormData) => Promise<ImportState>;
  locale: Locale;
}) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const [state, formAction] = useActionState(action, { ok: false } as ImportState);
  const issues = state.report?.issues ?? [];
  return (
    <>
      <ValidatedForm
        action={formAction}
        state={state}
        className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        data-testid="import-form"
      >
        <FormMessage state={state} />
        <Field
          name="file"
          label={t("Tệp Excel (.xlsx) theo mẫu", "Excel file (.xlsx) based on the template")}
          errors={state.fieldErrors?.file}
        >
          <input
            id="f-file"
            name="file"
            type="file"
            required
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={inputClass}
          />
        </Field>
        <SubmitButton pendingText={t("Đang kiểm tra tệp…", "Checking the file…")}>
          {t("Kiểm tra và nhập", "Check and import")}
        </SubmitButton>
      </ValidatedForm>
      {issues.length > 0 && (
        <section className="mt-6" aria-labelledby="import-report">
          <h2 id="import-report" className="mb-2 text-lg font-semibold">
            {locale === "vi"
              ? `Báo cáo kiểm tra: ${issues.length} lỗi`
              : `Check report: ${issues.length} ${issues.length === 1 ? "error" : "errors"}`}
          </h2>
          <Table head={["Sheet", t("Dòng", "Row"), t("Cột", "Column"), t("Lỗi", "Error")]}>
            {issues.map((i, k) => (
              <tr key={k} data-testid="import-issue">
                <Td>{i.sheet || "—"}</Td>
                <Td className="tabular-nums">{i.row ?? "—"}</Td>
                <Td>{i.column ?? "—"}</Td>
                <Td>{i.message}</Td>
              </tr>
            ))}
          </Table>
        </section>
      )}
    </>
  );
}
