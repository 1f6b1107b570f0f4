"use client";

import { useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { position, scaleDown } from "@/components/field/device";
import { gpsText, stamp, todayLocal } from "@/components/field/field-format";
import type { FieldItem, FieldList, FieldPhoto, FieldRecord } from "@/components/field/store";

const MAX_PHOTOS = 6;

type Errors = Partial<Record<"visitedAt" | "findings" | "compliant" | "photos", string>>;

/** The visit's minutes for one đề án of the list, with photos (their capture time and, with consent, the position). */
export function VisitForm({
  selected,
  list,
  onSave,
  onCancel,
}: {
  selected: FieldItem;
  list: FieldList;
  /** Keeps the record on the device (and sends it when there is a connection). */
  onSave: (record: FieldRecord) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useTranslations("components.field.visitForm");
  const [photos, setPhotos] = useState<FieldPhoto[]>([]);
  const [gpsConsent, setGpsConsent] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const formRef = useRef<HTMLFormElement>(null);

  async function addPhotos(files: File[]) {
    if (!files.length) return;
    if (photos.length + files.length > MAX_PHOTOS) {
      setErrors((e) => ({ ...e, photos: t("tooManyPhotos", { max: MAX_PHOTOS }) }));
      return;
    }
    const pos = gpsConsent ? await position() : null;
    const added: FieldPhoto[] = [];
    for (const f of files) {
      added.push({
        name: f.name || "anh.jpg",
        blob: await scaleDown(f),
        // The device's time of the file: for a photo taken with the camera here, when it was taken.
        takenAt: new Date(f.lastModified || Date.now()).toISOString(),
        latitude: pos?.coords.latitude ?? null,
        longitude: pos?.coords.longitude ?? null,
        accuracyM: pos?.coords.accuracy ?? null,
      });
    }
    setPhotos((p) => [...p, ...added]);
    setErrors((e) => ({ ...e, photos: undefined }));
  }

  async function save(ev: FormEvent<HTMLFormElement>) {
    ev.preventDefault();
    const fd = new FormData(ev.currentTarget);
    const fields = {
      kind: (fd.get("kind") === "POST_CHECK" ? "POST_CHECK" : "MONITORING") as "MONITORING" | "POST_CHECK",
      visitedAt: String(fd.get("visitedAt") ?? ""),
      findings: String(fd.get("findings") ?? "").trim(),
      compliant:
        fd.get("compliant") === "no" ? ("no" as const) : fd.get("compliant") === "yes" ? ("yes" as const) : null,
    };
    const errs: Errors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.visitedAt)) errs.visitedAt = t("chooseDate");
    else if (fields.visitedAt > todayLocal()) errs.visitedAt = t("dateInFuture");
    if (fields.findings.length < 10) errs.findings = t("findingsTooShort");
    if (!fields.compliant) errs.compliant = t("chooseConclusion");
    setErrors(errs);
    if (Object.keys(errs).length) return;
    await onSave({
      clientId: crypto.randomUUID(),
      proposalId: selected.id,
      proposalTitle: selected.title,
      proposalCode: selected.code,
      baseVersion: selected.version,
      listedAt: list.listedAt,
      recordedAt: new Date().toISOString(),
      fields: { ...fields, compliant: fields.compliant! },
      photos,
      state: "pending",
    });
    setPhotos([]);
    formRef.current?.reset();
  }

  const photoStamp = (p: FieldPhoto) => t("photoStamp", { at: stamp(p.takenAt), gps: gpsText(p) ?? "none" });

  return (
    <section aria-labelledby="field-form-title" className="rounded-lg border border-brand-600 bg-white p-4">
      <h2 id="field-form-title" className="mb-1 text-lg font-semibold">
        {t("title", { title: selected.title })}
      </h2>
      <p className="mb-3 text-xs text-slate-600">{t("statusWhenListed", { status: selected.statusLabel })}</p>
      <form ref={formRef} onSubmit={(e) => void save(e)} noValidate className="space-y-3" data-testid="field-form">
        <div>
          <label htmlFor="f-kind" className="block text-sm font-medium">
            {t("kind")}
          </label>
          <select id="f-kind" name="kind" className="w-full rounded-md border border-slate-300 px-3 py-2">
            <option value="MONITORING">{t("monitoring")}</option>
            <option value="POST_CHECK">{t("postCheck")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="f-date" className="block text-sm font-medium">
            {t("date")}
          </label>
          <input
            id="f-date"
            name="visitedAt"
            type="date"
            defaultValue={todayLocal()}
            aria-invalid={!!errors.visitedAt}
            aria-describedby={errors.visitedAt ? "f-date-err" : undefined}
            className="rounded-md border border-slate-300 px-3 py-2"
          />
          {errors.visitedAt && (
            <p id="f-date-err" className="text-sm text-red-700">
              {errors.visitedAt}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="f-findings" className="block text-sm font-medium">
            {t("findings")}
          </label>
          <textarea
            id="f-findings"
            name="findings"
            rows={4}
            aria-invalid={!!errors.findings}
            aria-describedby={errors.findings ? "f-findings-err" : undefined}
            className="w-full rounded-md border border-slate-300 px-3 py-2"
          />
          {errors.findings && (
            <p id="f-findings-err" className="text-sm text-red-700">
              {errors.findings}
            </p>
          )}
        </div>
        <fieldset aria-describedby={errors.compliant ? "f-compliant-err" : undefined}>
          <legend className="text-sm font-medium">{t("conclusion")}</legend>
          <label className="mr-4 inline-flex items-center gap-2 py-1">
            <input type="radio" name="compliant" value="yes" /> {t("compliant")}
          </label>
          <label className="inline-flex items-center gap-2 py-1">
            <input type="radio" name="compliant" value="no" /> {t("violation")}
          </label>
          {errors.compliant && (
            <p id="f-compliant-err" className="text-sm text-red-700">
              {errors.compliant}
            </p>
          )}
        </fieldset>
        <div>
          <label className="inline-flex items-center gap-2 text-sm">
            <input type="checkbox" checked={gpsConsent} onChange={(e) => setGpsConsent(e.target.checked)} />
            {t("gpsConsent")}
          </label>
        </div>
        <div>
          <label htmlFor="f-photos" className="block text-sm font-medium">
            {t("photos", { max: MAX_PHOTOS })}
          </label>
          <input
            id="f-photos"
            type="file"
            accept="image/jpeg,image/png"
            capture="environment"
            multiple
            onChange={(e) => {
              // Copied before the input is cleared: a FileList is live.
              void addPhotos(Array.from(e.target.files ?? []));
              e.target.value = "";
            }}
            aria-describedby={errors.photos ? "f-photos-err" : undefined}
          />
          {errors.photos && (
            <p id="f-photos-err" className="text-sm text-red-700">
              {errors.photos}
            </p>
          )}
          <ul className="mt-2 space-y-1 text-xs" data-testid="field-photos">
            {photos.map((p, i) => (
              <li key={i}>
                {p.name} — {photoStamp(p)}
              </li>
            ))}
          </ul>
        </div>
        <div className="flex gap-3">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
            {t("save")}
          </button>
          <button type="button" className="rounded-md border border-slate-300 px-4 py-2" onClick={onCancel}>
            {t("cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}
