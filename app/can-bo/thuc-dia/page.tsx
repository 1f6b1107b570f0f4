import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { PageHeader } from "@/components/ui/card";
import { FieldApp } from "@/components/field/field-app";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getLocale()) === "vi" ? "Công tác hiện trường" : "Field work",
    // Installable on the officer's phone: opens straight on this page.
    manifest: "/field.webmanifest",
  };
}

/** The field app (issue 19): the day's list, visits and photos recorded offline, sent when the signal returns. */
export default async function FieldPage() {
  const actor = await requireActor("funding.manage");
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <>
      <PageHeader
        title={t("Công tác hiện trường", "Field work")}
        subtitle={t(
          "Mở trang này khi còn mạng để tải danh sách; ở hiện trường không có sóng vẫn ghi được biên bản kiểm tra và ảnh, cổng nhận khi có mạng trở lại.",
          "Open this page while online to load the list; in the field without signal you can still record inspections and photos, sent when the connection returns.",
        )}
      />
      <FieldApp officer={actor.name} />
    </>
  );
}
