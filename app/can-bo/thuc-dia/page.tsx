import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { PageHeader } from "@/components/ui/card";
import { FieldApp } from "@/components/field/field-app";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: translator(await getLocale(), "app.canBo.thucDia.page")("fieldWork"),
    // Installable on the officer's phone: opens straight on this page.
    manifest: "/field.webmanifest",
  };
}

/** The field app (issue 19): the day's list, visits and photos recorded offline, sent when the signal returns. */
async function FieldPage() {
  const actor = await requireActor("funding.manage");
  const locale = await getLocale();
  const t = translator(locale, "app.canBo.thucDia.page");
  return (
    <>
      <PageHeader title={t("fieldWork")} subtitle={t("openThisPageWhileOnline")} />
      <FieldApp officer={actor.name} />
    </>
  );
}

export default withMessages(FieldPage, [
  "components.field.fieldApp",
  "components.field.fieldList",
  "components.field.fieldRecords",
  "components.field.visitForm",
]);
