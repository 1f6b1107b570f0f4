import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { loadImplementationOr404 } from "@/lib/implementation/load";
import { AcceptanceMinutes } from "@/components/implementation/acceptance-minutes";
import { PrintButton } from "@/components/implementation/print-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Biên bản nghiệm thu" : "Acceptance minutes" };
}

/** The minutes is a legal document and stays Vietnamese; the back link and the print button follow the locale. */
export default async function MinutesPrintPage({ params }: { params: Promise<{ id: string; acceptanceId: string }> }) {
  const actor = await requireActor();
  const { id, acceptanceId } = await params;
  const d = await loadImplementationOr404(actor, id);
  const a = d.acceptances.find((x) => x.id === acceptanceId);
  if (!a) notFound();
  const locale = await getLocale();
  return (
    <>
      <div className="no-print mb-4 flex gap-3"><Link href={`/can-bo/thuc-hien/${id}`} className="text-brand-700 underline">{locale === "vi" ? "← Quay lại đề án" : "← Back to the project"}</Link><PrintButton locale={locale} /></div>
      <AcceptanceMinutes d={d} a={a} />
    </>
  );
}
