"use client";

import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { SupplementDto } from "@/lib/applications/dto";
import { uploadDocumentAction } from "@/lib/applications/actions";
import { formatDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locale";
import { FieldError } from "@/components/forms/field";
import { ResubmitForm } from "@/components/application/follow-up-forms";
import { useTranslations } from "next-intl";

/** What the agency asked for, by when; upload the supplement documents and resubmit. */
export function SupplementPanel({
  proposalId,
  request,
  establishmentId,
  locale = "vi",
}: {
  proposalId: string;
  request: SupplementDto;
  establishmentId?: string;
  locale?: Locale;
}) {
  const t = useTranslations("components.application.supplementPanel");
  const router = useRouter();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string[] | undefined>();
  const [uploaded, setUploaded] = useState<string[]>([]);

  async function onFile(file: File | undefined) {
    if (!file) return;
    setError(undefined);
    setBusy(true);
    try {
      const fd = new FormData();
      fd.set("proposalId", proposalId);
      fd.set("kind", "SUPPLEMENT");
      fd.set("file", file);
      const r = await uploadDocumentAction(fd);
      if (r.ok) {
        setUploaded((u) => [...u, r.data.fileName]);
        router.refresh();
      } else setError(r.fieldErrors?.file ?? [r.message]);
    } finally {
      setBusy(false);
      if (fileRef.current) fileRef.current.value = "";
    }
  }

  const overdue = new Date(request.deadline) < new Date();
  return (
    <section className="rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="supplement-panel">
      <h2 className="text-lg font-semibold">
        {t("theAgencyAsksForA")} {request.round})
      </h2>
      <p className="mt-1 text-sm">{request.reason}</p>
      <ul className="mt-2 list-disc pl-5 text-sm">
        {request.items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
      <p className={`mt-2 text-sm font-semibold ${overdue ? "text-red-800" : ""}`}>
        {t("deadline")} {formatDate(request.deadline)}
        {overdue && t("overdueYouCanStillSubmit")}
      </p>
      <div className="mt-3 rounded-md bg-white p-3">
        <label htmlFor={`${id}-file`} className="block text-sm font-semibold">
          {t("uploadSupplementaryDocumentsPdfJpg")}
        </label>
        <input
          id={`${id}-file`}
          ref={fileRef}
          type="file"
          disabled={busy}
          className="mt-1 block w-full text-sm"
          aria-describedby={`${id}-err`}
          accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        {busy && (
          <p className="text-sm" role="status">
            {t("uploading")}
          </p>
        )}
        <FieldError id={`${id}-err`} errors={error} />
        {uploaded.length > 0 && (
          <p className="text-sm text-green-800">
            {t("uploaded")} {uploaded.join(", ")}
          </p>
        )}
      </div>
      <div className="mt-3">
        <ResubmitForm proposalId={proposalId} establishmentId={establishmentId} locale={locale} />
      </div>
    </section>
  );
}
