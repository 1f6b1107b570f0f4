"use client";

import { useActionState, useState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import {
  addSubscriptionAction,
  removeSubscriptionAction,
  savePreferencesAction,
} from "@/lib/notifications/preferences-actions";
import { useTranslations } from "next-intl";

function Errors({ state, field }: { state: FormState; field: string }) {
  const errs = state.fieldErrors?.[field];
  return errs?.length ? (
    <p id={`${field}-error`} className="text-sm text-red-700">
      {errs.join(" ")}
    </p>
  ) : null;
}

function Status({ state }: { state: FormState }) {
  return state.message ? (
    <p role="status" className={state.ok ? "text-sm text-green-700" : "text-sm text-red-700"}>
      {state.message}
    </p>
  ) : null;
}

export function PreferencesForm(p: {
  locale: Locale;
  channels: string[];
  consent: boolean;
  consentText: string;
  days: number;
  hasPhone: boolean;
}) {
  const t = useTranslations("app.doanhNghiep.thongBaoCaiDat.forms");
  const vi = p.locale === "vi";
  const [state, action, pending] = useActionState(savePreferencesAction, initialFormState);
  // Controlled: a refused save (consent missing) must keep what the person ticked, not reset the form.
  const [chosen, setChosen] = useState<string[]>(p.channels);
  const [consent, setConsent] = useState(p.consent);
  const toggle = (v: string) => setChosen((c) => (c.includes(v) ? c.filter((x) => x !== v) : [...c, v]));
  const channels: Array<[string, string]> = [
    ["EMAIL", "E-mail"],
    ["SMS", "SMS"],
    ["ZALO", "Zalo (ZNS)"],
  ];
  return (
    <form action={action} className="space-y-4" data-testid="preferences-form">
      <fieldset aria-describedby="channels-error">
        <legend className="font-semibold">{t("receiveNoticesBy")}</legend>
        {channels.map(([value, label]) => (
          <label key={value} className="mr-6 inline-flex items-center gap-2">
            <input
              type="checkbox"
              name="channels"
              value={value}
              checked={chosen.includes(value)}
              onChange={() => toggle(value)}
              disabled={value !== "EMAIL" && !p.hasPhone}
            />{" "}
            {label}
          </label>
        ))}
        {!p.hasPhone && <p className="text-sm text-slate-600">{t("noPhoneNumberOnThe")}</p>}
        <Errors state={state} field="channels" />
      </fieldset>
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          name="consent"
          checked={consent}
          onChange={(e) => setConsent(e.target.checked)}
          aria-describedby="consent-error"
        />
        <span className="text-sm">{p.consentText}</span>
      </label>
      <Errors state={state} field="consent" />
      <label className="block text-sm">
        {t("remindMeBeforeACall")}
        <input
          type="number"
          name="closingReminderDays"
          min={1}
          max={30}
          defaultValue={p.days}
          className="ml-2 w-20 rounded border px-2 py-1"
          aria-describedby="closingReminderDays-error"
        />
      </label>
      <Errors state={state} field="closingReminderDays" />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 text-white">
        {pending ? t("saving") : t("save")}
      </button>
      <Status state={state} />
    </form>
  );
}

export function SubscriptionForm({
  locale,
  activities,
}: {
  locale: Locale;
  activities: Array<{ code: string; name: string }>;
}) {
  const t = useTranslations("app.doanhNghiep.thongBaoCaiDat.forms");
  const vi = locale === "vi";
  const [state, action, pending] = useActionState(addSubscriptionAction, initialFormState);
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-3" data-testid="subscription-form">
      <label className="text-sm">
        {t("activityContent")}
        <select name="activityCode" className="mt-1 block w-full rounded border px-2 py-1">
          <option value="">{t("any")}</option>
          {activities.map((a) => (
            <option key={a.code} value={a.code}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        {t("industry")}
        <input
          name="industry"
          className="mt-1 block w-full rounded border px-2 py-1"
          placeholder={t("eGWoodProcessing")}
          aria-describedby="industry-error"
        />
        <Errors state={state} field="industry" />
      </label>
      <label className="text-sm">
        {t("communeIdOptional")}
        <input
          name="communeId"
          className="mt-1 block w-full rounded border px-2 py-1"
          aria-describedby="communeId-error"
        />
        <Errors state={state} field="communeId" />
      </label>
      <div className="sm:col-span-3">
        <button type="submit" disabled={pending} className="rounded border px-4 py-2">
          {t("subscribe")}
        </button>
        <Status state={state} />
      </div>
    </form>
  );
}

export function RemoveSubscription({ id, locale }: { id: string; locale: Locale }) {
  const t = useTranslations("app.doanhNghiep.thongBaoCaiDat.forms");
  const [state, action, pending] = useActionState(removeSubscriptionAction, initialFormState);
  return (
    <form action={action} className="inline text-sm">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="underline">
        {t("remove")}
      </button>
      <Status state={state} />
    </form>
  );
}
