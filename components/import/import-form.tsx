"use client";

import { useActionState } from "react";
import type { ImportState } from "@/lib/import/actions";
import type { Locale } from "@/lib/i18n/locale";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field, inputClass } from "@/components/forms/field";
import { Table, Td } from "@/components/ui/table";
import { ValidatedForm } from "@/components/forms/validated-form";
import { useTranslations } from "next-intl";

/** Upload of the filled-in template; the validation report lists every error by sheet, row and column. */
export function ImportForm({
  action,
  locale,
}: {
  action: (prev: ImportState, formData: FormData) => Promise<ImportState>;
  locale: Locale;
}) {
  const t = useTranslations("components.import.importForm");
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
        <Field name="file" label={t("excelFileXlsxBasedOn")} errors={state.fieldErrors?.file}>
          <input
            id="f-file"
            name="file"
            type="file"
            required
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={inputClass}
          />
        </Field>
        <SubmitButton pendingText={t("checkingTheFile")}>{t("checkAndImport")}</SubmitButton>
      </ValidatedForm>
      {issues.length > 0 && (
        <section className="mt-6" aria-labelledby="import-report">
          <h2 id="import-report" className="mb-2 text-lg font-semibold">
            {t("checkReport", { count: issues.length })}
          </h2>
          <Table head={["Sheet", t("row"), t("column"), t("error")]}>
            {issues.map((i, k) => (
              <tr key={k} data-testid="import-issue">
                <Td>{i.sheet || "—"}</Td>
                <Td>{i.row ?? "—"}</Td>
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
