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
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.lanhDao.ketQua.id.page")("editResult") };
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
  const t = translator(locale, "app.lanhDao.ketQua.id.page");
  const back = (
    <Link href="/lanh-dao/ket-qua" className="text-brand-700 underline">
      {t("list")}
    </Link>
  );
  if (found.entry.status === "APPROVED") {
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader title={t("resultLocked")} actions={back} />
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
      <PageHeader title={t("editResultAwaitingApproval")} actions={back} />
      <SpecForm
        action={updateResultEntryAction}
        fields={[{ name: "id", label: "", type: "hidden" }, ...resultEntryFields(options, locale)]}
        values={{ ...found.values, id }}
        submitLabel={t("saveChanges")}
        testId="result-form"
        locale={locale}
      />
    </div>
  );
}
