import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { ContractDocumentPage } from "@/components/documents/implementation-documents";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.doanhNghiep.thucHien.id.hopDong.page")("supportContract") };
}

/** A legal document: the text stays Vietnamese; the links, the print and "Tải PDF" buttons follow the locale. */
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("funding.report");
  const p = await params;
  return <ContractDocumentPage actor={actor} id={p.id} base="/doanh-nghiep/thuc-hien" locale={await getLocale()} />;
}
