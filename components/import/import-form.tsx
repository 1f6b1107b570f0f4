"use client";

import { useActionState } from "react";
import type { ImportState } from "@/lib/import/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { inputClass } from "@/components/forms/field";
import { Table, Td } from "@/components/ui/table";

/** Upload of the filled-in template; the validation report lists every error by sheet, row and column. */
export function ImportForm({ action }: { action: (prev: ImportState, formData: FormData) => Promise<ImportState> }) {
  const [state, formAction] = useActionState(action, { ok: false } as ImportState);
  const issues = state.report?.issues ?? [];
  return (
    <>
      <form action={formAction} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="import-form">
        <FormMessage state={state} />
        <label htmlFor="f-file" className="block text-sm font-semibold text-slate-800">Tệp Excel (.xlsx) theo mẫu</label>
        <input id="f-file" name="file" type="file" required accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className={`${inputClass} mb-4`} />
        <SubmitButton pendingText="Đang kiểm tra tệp…">Kiểm tra và nhập</SubmitButton>
      </form>
      {issues.length > 0 && (
        <section className="mt-6" aria-labelledby="import-report">
          <h2 id="import-report" className="mb-2 text-lg font-semibold">Báo cáo kiểm tra: {issues.length} lỗi</h2>
          <Table head={["Sheet", "Dòng", "Cột", "Lỗi"]}>
            {issues.map((i, k) => (
              <tr key={k} data-testid="import-issue">
                <Td>{i.sheet || "—"}</Td><Td className="tabular-nums">{i.row ?? "—"}</Td><Td>{i.column ?? "—"}</Td><Td>{i.message}</Td>
              </tr>
            ))}
          </Table>
        </section>
      )}
    </>
  );
}
