"use client";

import { useId, useRef, useState } from "react";
import type { DocumentDto } from "@/lib/applications/dto";
import { deleteDocumentAction, uploadDocumentAction } from "@/lib/applications/actions";
import { FieldError, inputClass } from "@/components/forms/field";
import type { StepProps } from "@/components/application/step-types";
import { KIND_LABELS, kindLabel } from "@/components/application/document-kinds";
import { useTranslations } from "next-intl";

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Step 4: the two commitments (TTLT 26/2014 Art. 7) and the attachments. A refused file leaves the form as it is. */
export function StepAttachments({
  draft,
  update,
  errors,
  documents,
  setDocuments,
  ensureSaved,
  locale = "vi",
}: StepProps & {
  documents: DocumentDto[];
  setDocuments: (docs: DocumentDto[]) => void;
  ensureSaved: () => Promise<string | null>;
}) {
  const t = useTranslations("components.application.stepAttachments");
  const [kind, setKind] = useState("QUOTATION");
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [uploadError, setUploadError] = useState<string[] | undefined>();
  const fileRef = useRef<HTMLInputElement>(null);
  const id = useId();

  async function onFile(file: File | undefined) {
    if (!file) return;
    setUploadError(undefined);
    if (file.size > 10 * 1024 * 1024) {
      setUploadError([t("theFileIsLargerThan")]);
      if (fileRef.current) fileRef.current.value = "";
      return;
    }
    setBusy(true);
    try {
      const proposalId = await ensureSaved();
      if (!proposalId) {
        setUploadError([t("theDraftIsNotSaved")]);
        return;
      }
      const fd = new FormData();
      fd.set("proposalId", proposalId);
      fd.set("kind", kind);
      fd.set("file", file);
      const r = await uploadDocumentAction(fd);
      if (r.ok) setDocuments([...documents, { ...r.data, createdAt: new Date().toISOString() }]);
      else setUploadError(r.fieldErrors?.file ?? [r.message]);
    } catch {
      setUploadError([t("uploadFailedConnectionLostOr")]);
    } finally {
      setBusy(false);
      if (fileRef.current) fileRef.current.value = "";
    }
  }

  async function remove(docId: string) {
    const r = await deleteDocumentAction(docId);
    if (r.ok) setDocuments(documents.filter((d) => d.id !== docId));
    else setUploadError([r.message]);
  }

  return (
    <div>
      <h2 className="mb-3 text-lg font-semibold">{t("commitmentsAndAttachments")}</h2>
      <fieldset className="mb-5 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold">{t("commitmentsOfTheEstablishmentConditions")}</legend>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-1 h-5 w-5 shrink-0"
            checked={draft.attestCounterpart}
            aria-describedby="f-attestCounterpart-error"
            onChange={(e) => update({ attestCounterpart: e.target.checked })}
          />
          <span>{t("theEstablishmentCommitsToProvide")}</span>
        </label>
        <FieldError id="f-attestCounterpart-error" errors={errors.attestCounterpart} />
        <label className="mt-3 flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-1 h-5 w-5 shrink-0"
            checked={draft.attestNoDoubleFunding}
            aria-describedby="f-attestNoDoubleFunding-error"
            onChange={(e) => update({ attestNoDoubleFunding: e.target.checked })}
          />
          <span>{t("theCostsForWhichSupport")}</span>
        </label>
        <FieldError id="f-attestNoDoubleFunding-error" errors={errors.attestNoDoubleFunding} />
      </fieldset>

      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <p className="mb-3 text-sm text-slate-600">{t("machineryAndEquipmentNeedA")}</p>
        <label htmlFor={`${id}-kind`} className="block text-sm font-semibold">
          {t("documentType")}
        </label>
        <select id={`${id}-kind`} className={inputClass} value={kind} onChange={(e) => setKind(e.target.value)}>
          {Object.entries(KIND_LABELS)
            .filter(([k]) => k !== "SUPPLEMENT")
            .map(([k]) => (
              <option key={k} value={k}>
                {kindLabel(k, locale)}
              </option>
            ))}
        </select>
        {/* A drop/choose area that says what it takes (issue 13.6); the input inside stays the keyboard's way in. */}
        <label
          htmlFor={`${id}-file`}
          data-testid="attachment-drop"
          data-dragging={dragging ? "true" : undefined}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void onFile(e.dataTransfer.files?.[0]);
          }}
          className={`mt-3 flex min-h-28 cursor-pointer flex-col items-center justify-center gap-1 rounded-lg border-2 border-dashed p-4 text-center text-sm focus-within:outline focus-within:outline-2 focus-within:outline-brand-600 ${dragging ? "border-brand-700 bg-brand-50" : "border-slate-300 bg-slate-50 hover:bg-slate-100"}`}
        >
          <span className="font-semibold text-brand-800">{t("dragAFileHereOr")}</span>
          <span id={`${id}-file-accept`} className="text-slate-700">
            {t("pdfJpgPngDocxXlsx")}
          </span>
          <input
            id={`${id}-file`}
            ref={fileRef}
            type="file"
            data-testid="attachment-input"
            disabled={busy}
            aria-describedby={`${id}-file-accept ${id}-file-error`}
            accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx,application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="sr-only"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </label>
        {busy && (
          <p className="mt-1 text-sm" role="status">
            {t("uploading")}
          </p>
        )}
        <FieldError id={`${id}-file-error`} errors={uploadError ?? errors.attachments} />
        <ul className="mt-3 divide-y divide-slate-100" data-testid="attachment-list">
          {documents.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
              <span className="mr-auto">
                <b>{kindLabel(d.kind, locale)}:</b> {d.fileName} ({sizeText(d.size)})
              </span>
              <button type="button" className="min-h-11 px-2 text-red-700 underline" onClick={() => void remove(d.id)}>
                {t("remove")}
              </button>
            </li>
          ))}
          {documents.length === 0 && <li className="py-2 text-sm text-slate-600">{t("noDocumentsYet")}</li>}
        </ul>
      </div>
    </div>
  );
}
