import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/locale";
import { getEntryOptions, getResultEntry } from "@/lib/results/queries";
import { updateResultEntryAction } from "@/lib/results/actions";
import { Card, PageHeader } from "@/components/ui/card";
import { SpecForm } from "@/components/results/spec-form";
import { resultEntryFields } from "@/components/results/fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Sửa kết quả" : "Edit result" };
}

export default async function EditResultPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("results.enter");
  const { id } = await params;
  const found = await getResultEntry(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) return null;
    throw e;
  });
  if (!found) notFound();
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const back = (
    <Link href="/lanh-dao/ket-qua" className="text-brand-700 underline">
      {t("← Danh sách", "← List")}
    </Link>
  );
  if (found.entry.status === "APPROVED") {
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader title={t("Kết quả đã khóa", "Result locked")} actions={back} />
        <Card>
          <p data-testid="locked">
            {locale === "vi" ? (
              <>
                Kết quả “{found.entry.indicatorName}: {found.entry.display}” đã được {found.entry.approvedBy} duyệt nên
                không thể sửa hoặc xóa.
              </>
            ) : (
              <>
                The result “{found.entry.indicatorName}: {found.entry.display}” was approved by {found.entry.approvedBy}
                , so it can no longer be edited or deleted.
              </>
            )}
          </p>
        </Card>
      </div>
    );
  }
  const options = await getEntryOptions(actor);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("Sửa kết quả (chờ duyệt)", "Edit result (awaiting approval)")} actions={back} />
      <SpecForm
        action={updateResultEntryAction}
        fields={[{ name: "id", label: "", type: "hidden" }, ...resultEntryFields(options, locale)]}
        values={{ ...found.values, id }}
        submitLabel={t("Lưu thay đổi", "Save changes")}
        testId="result-form"
        locale={locale}
      />
    </div>
  );
}
