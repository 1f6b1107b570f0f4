"use client";

import { useId, useRef, useState } from "react";
import type { DocumentDto } from "@/lib/applications/dto";
import { deleteDocumentAction, uploadDocumentAction } from "@/lib/applications/actions";
import { FieldError, inputClass } from "@/components/forms/field";
import type { StepProps } from "@/components/application/step-types";
import { KIND_LABELS, kindLabel } from "@/components/application/document-kinds";

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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
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
      setUploadError([
        t(
          "Tệp vượt quá 10 MB. Vui lòng nén hoặc chia nhỏ tệp.",
          "The file is larger than 10 MB. Please compress or split it.",
        ),
      ]);
      if (fileRef.current) fileRef.current.value = "";
      return;
    }
    setBusy(true);
    try {
      const proposalId = await ensureSaved();
      if (!proposalId) {
        setUploadError([
          t(
            "Chưa lưu được bản nháp; vui lòng chọn nội dung hoạt động trước.",
            "The draft is not saved yet; please choose the activity first.",
          ),
        ]);
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
      setUploadError([
        t(
          "Không tải lên được (mất kết nối hoặc tệp quá lớn). Các thông tin khác vẫn được giữ nguyên.",
          "Upload failed (connection lost or file too large). Everything else you entered is kept.",
        ),
      ]);
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
      <h2 className="mb-3 text-lg font-semibold">{t("Cam kết và tài liệu đính kèm", "Commitments and attachments")}</h2>
      <fieldset className="mb-5 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold">
          {t(
            "Cam kết của cơ sở (điều kiện được hỗ trợ kinh phí khuyến công)",
            "Commitments of the establishment (conditions for industrial promotion funding)",
          )}
        </legend>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-1 h-5 w-5 shrink-0"
            checked={draft.attestCounterpart}
            aria-describedby="f-attestCounterpart-error"
            onChange={(e) => update({ attestCounterpart: e.target.checked })}
          />
          <span>
            {t(
              "Cơ sở cam kết bố trí đủ vốn đối ứng (phần chi phí còn lại ngoài kinh phí khuyến công) để thực hiện đề án.",
              "The establishment commits to provide the full counterpart funds (the cost not covered by industrial promotion funds) to carry out the project.",
            )}
          </span>
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
          <span>
            {t(
              "Các khoản chi đề nghị hỗ trợ chưa được hỗ trợ từ bất kỳ nguồn ngân sách nhà nước nào khác.",
              "The costs for which support is requested have not been funded from any other state budget source.",
            )}
          </span>
        </label>
        <FieldError id="f-attestNoDoubleFunding-error" errors={errors.attestNoDoubleFunding} />
      </fieldset>

      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <p className="mb-3 text-sm text-slate-600">
          {t(
            "Máy móc, thiết bị cần có báo giá của nhà cung cấp.",
            "Machinery and equipment need a supplier quotation.",
          )}
        </p>
        <label htmlFor={`${id}-kind`} className="block text-sm font-semibold">
          {t("Loại tài liệu", "Document type")}
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
          <span className="font-semibold text-brand-800">
            {t("Kéo thả tệp vào đây hoặc bấm để chọn tệp", "Drag a file here or click to choose one")}
          </span>
          <span id={`${id}-file-accept`} className="text-slate-700">
            {t(
              "Nhận PDF, JPG, PNG, DOCX, XLSX · tối đa 10 MB mỗi tệp",
              "PDF, JPG, PNG, DOCX, XLSX accepted · up to 10 MB each",
            )}
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
            {t("Đang tải lên…", "Uploading…")}
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
                {t("Xóa", "Remove")}
              </button>
            </li>
          ))}
          {documents.length === 0 && (
            <li className="py-2 text-sm text-slate-600">{t("Chưa có tài liệu nào.", "No documents yet.")}</li>
          )}
        </ul>
      </div>
    </div>
  );
}
