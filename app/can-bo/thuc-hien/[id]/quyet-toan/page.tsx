import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { SettlementDocumentPage } from "@/components/documents/implementation-documents";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.canBo.thucHien.id.quyetToan.page")("settlement") };
}

/** A legal document: the text stays Vietnamese; the links, the print and "Tải PDF" buttons follow the locale. */
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const p = await params;
  return <SettlementDocumentPage actor={actor} id={p.id} base="/can-bo/thuc-hien" locale={await getLocale()} />;
}
