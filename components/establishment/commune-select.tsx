import type { Locale } from "@/lib/i18n/locale";
import { Field, inputClass } from "@/components/forms/field";
import { useTranslations } from "next-intl";

export type CommuneChoice = { id: string; name: string; province: string };

/** Current communes (after the 2025 reform), grouped by province. */
export function CommuneSelect({
  communes,
  defaultValue,
  value,
  onChange,
  errors,
  label,
  name = "communeId",
  locale = "vi",
}: {
  communes: CommuneChoice[];
  defaultValue?: string;
  value?: string;
  onChange?: (id: string) => void;
  errors?: string[];
  label: string;
  name?: string;
  locale?: Locale;
}) {
  const t = useTranslations("components.establishment.communeSelect");
  const provinces = [...new Set(communes.map((c) => c.province))];
  const controlled =
    value !== undefined
      ? { value, onChange: (ev: React.ChangeEvent<HTMLSelectElement>) => onChange?.(ev.target.value) }
      : { defaultValue };
  return (
    <Field name={name} label={label} errors={errors}>
      <select
        id={`f-${name}`}
        name={name}
        className={inputClass}
        aria-invalid={Boolean(errors?.length)}
        {...controlled}
      >
        <option value="">{t("chooseACommuneWard")}</option>
        {provinces.map((p) => (
          <optgroup key={p} label={p}>
            {communes
              .filter((c) => c.province === p)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </Field>
  );
}
