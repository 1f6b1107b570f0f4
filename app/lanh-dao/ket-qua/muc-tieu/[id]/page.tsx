import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/locale";
import { getEntryOptions, getTargetValues } from "@/lib/results/queries";
import { updateTargetAction } from "@/lib/results/actions";
import { PageHeader } from "@/components/ui/card";
import { SpecForm } from "@/components/results/spec-form";
import { targetFields } from "@/components/results/fields";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.lanhDao.ketQua.mucTieu.id.page")("editTarget") };
}

export default async function EditTargetPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("targets.manage");
  const { id } = await params;
  const values = await getTargetValues(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) return null;
    throw e;
  });
  if (!values) notFound();
  const options = await getEntryOptions(actor);
  const locale = await getLocale();
  const t = translator(locale, "app.lanhDao.ketQua.mucTieu.id.page");
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={t("editTarget")}
        actions={
          <Link href={`/lanh-dao/ket-qua/muc-tieu?ky=${values.period}`} className="text-brand-700 underline">
            {t("targets")}
          </Link>
        }
      />
      <SpecForm
        action={updateTargetAction}
        fields={[{ name: "id", label: "", type: "hidden" }, ...targetFields(options, locale)]}
        values={{ ...values, id }}
        submitLabel={t("saveTarget")}
        testId="target-form"
        locale={locale}
      />
    </div>
  );
}
