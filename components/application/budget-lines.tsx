"use client";

import { formatMoney, formatVnd } from "@/lib/money";
import { costKindsFor } from "@/lib/rules/in-force";
import { fromRuleDto } from "@/lib/rules/dto";
import { SELF_FUNDED } from "@/lib/rules/caps";
import type { LineVerdict } from "@/lib/rules/types";
import { Field, FieldError, inputClass } from "@/components/forms/field";
import { CapCheck } from "@/components/application/cap-check";
import { lineTotal, moneyOf } from "@/components/application/client-rules";
import type { LineOps, StepProps } from "@/components/application/step-types";
import { useTranslations } from "next-intl";

function MoneyHint({ text }: { text: string }) {
  const v = moneyOf(text);
  return v === null ? null : <>= {formatVnd(v)}</>;
}

/** Step 3: budget lines (Mẫu 01 dự toán), each with its live cap check. Requests are never lowered silently. */
export function BudgetLines({
  ctx,
  draft,
  errors,
  verdicts,
  ops,
  locale = "vi",
}: Omit<StepProps, "update"> & { verdicts: LineVerdict[]; ops: LineOps }) {
  const t = useTranslations("components.application.budgetLines");
  const activity = ctx.activities.find((a) => a.id === draft.activityCategoryId);
  const kinds = activity ? costKindsFor(ctx.rules.map(fromRuleDto), activity.code, new Date(ctx.today)) : [];
  return (
    <div>
      <h2 className="mb-1 text-lg font-semibold">{t("budgetEstimate")}</h2>
      <p className="mb-3 text-sm text-slate-600">
        {locale === "vi" ? (
          <>
            Nhập số tiền theo kiểu Việt Nam: <b>600 triệu</b>, <b>1,5 tỷ</b> hoặc <b>600.000.000</b>. Phần không được hỗ
            trợ là vốn đối ứng của cơ sở.
          </>
        ) : (
          <>
            Enter amounts the Vietnamese way: <b>600 triệu</b> (million), <b>1,5 tỷ</b> (billion) or <b>600.000.000</b>.
            The part not supported is the establishment&apos;s counterpart funding.
          </>
        )}
      </p>
      {draft.lines.map((line, i) => {
        const total = lineTotal(line.quantity, line.unitPrice);
        const ask = moneyOf(line.requestedSupport);
        const err = (f: string) => errors[`lines.${i}.${f}`];
        return (
          <fieldset
            key={i}
            className="mb-4 rounded-lg border border-slate-200 bg-white p-4"
            data-testid={`budget-line-${i}`}
          >
            <legend className="px-1 text-sm font-semibold">
              {t("costItem")} {i + 1}
            </legend>
            <Field
              id={`f-line-${i}-item`}
              name={`lines.${i}.item`}
              label={t("item")}
              value={line.item}
              onChange={(e) => ops.updateLine(i, { item: e.target.value })}
              errors={err("item")}
              maxLength={200}
            />
            <Field
              id={`f-line-${i}-costKind`}
              name={`lines.${i}.costKind`}
              label={t("costType")}
              errors={err("costKind")}
            >
              <select
                id={`f-line-${i}-costKind`}
                className={inputClass}
                value={line.costKind}
                aria-invalid={Boolean(err("costKind"))}
                onChange={(e) => ops.updateLine(i, { costKind: e.target.value })}
              >
                <option value="">{t("chooseACostType")}</option>
                {kinds.map((k) => (
                  <option key={k.code} value={k.costKind}>
                    {k.label}
                  </option>
                ))}
                <option value={SELF_FUNDED}>{t("otherCostPaidByThe")}</option>
              </select>
            </Field>
            <div className="grid grid-cols-2 gap-x-3">
              <Field
                id={`f-line-${i}-quantity`}
                name={`lines.${i}.quantity`}
                label={t("quantity")}
                inputMode="numeric"
                value={line.quantity}
                onChange={(e) => ops.updateLine(i, { quantity: e.target.value })}
                errors={err("quantity")}
              />
              <Field
                id={`f-line-${i}-unit`}
                name={`lines.${i}.unit`}
                label={t("unit")}
                value={line.unit}
                onChange={(e) => ops.updateLine(i, { unit: e.target.value })}
                errors={err("unit")}
                maxLength={30}
              />
            </div>
            <Field
              id={`f-line-${i}-unitPrice`}
              name={`lines.${i}.unitPrice`}
              label={t("unitPriceVnd")}
              inputMode="decimal"
              value={line.unitPrice}
              onChange={(e) => ops.updateLine(i, { unitPrice: e.target.value })}
              errors={err("unitPrice")}
              hint={<MoneyHint text={line.unitPrice} />}
            />
            <p className="mb-3 text-sm">
              {t("amount")}{" "}
              <b className="tabular-nums" data-testid={`line-total-${i}`}>
                {total === null ? "—" : formatMoney(total)}
              </b>
            </p>
            <Field
              id={`f-line-${i}-requestedSupport`}
              name={`lines.${i}.requestedSupport`}
              label={t("supportRequestedVnd")}
              inputMode="decimal"
              value={line.requestedSupport}
              onChange={(e) => ops.updateLine(i, { requestedSupport: e.target.value })}
              errors={err("requestedSupport")}
              hint={<MoneyHint text={line.requestedSupport} />}
            />
            {total !== null && ask !== null && (
              <p className="text-sm">
                {t("establishmentCounterpartFunding")} <b className="tabular-nums">{formatMoney(total - ask)}</b>
              </p>
            )}
            {line.costKind && total !== null && (
              <CapCheck
                verdict={verdicts[i]}
                index={i}
                onUseMax={() =>
                  ops.updateLine(i, { requestedSupport: formatVnd(verdicts[i]?.maxSupport ?? 0n).replace(/ đ$/, "") })
                }
                locale={locale}
              />
            )}
            {draft.lines.length > 1 && (
              <button
                type="button"
                className="mt-3 min-h-11 text-sm text-red-700 underline"
                onClick={() => ops.removeLine(i)}
              >
                {t("removeCostItem")} {i + 1}
              </button>
            )}
          </fieldset>
        );
      })}
      <FieldError errors={errors.lines} />
      <button
        type="button"
        className="min-h-11 rounded-md border border-dashed border-brand-700 px-4 py-2 text-sm font-semibold text-brand-700"
        onClick={ops.addLine}
        disabled={draft.lines.length >= 50}
      >
        {t("addCostItem")}
      </button>
    </div>
  );
}
