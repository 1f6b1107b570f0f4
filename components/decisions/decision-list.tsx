import Link from "next/link";
import { formatDate } from "@/lib/dates";
import { SIGN_MODE_TEXT } from "@/lib/decisions/delegation-rules";
import type { SignMode } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

export type DecisionItem = {
  id: string;
  number: string;
  title?: string;
  kind: string;
  decidedAt: string;
  reason: string;
  signerName: string;
  onBehalfOfName: string | null;
  signMode: SignMode;
};

/** Numbered decisions and notices on a dossier, each linking to its printable document. */
export function DecisionList({ items, locale }: { items: DecisionItem[]; locale: Locale }) {
  const t = translator(locale, "components.decisions.decisionList");
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("noDecisionsOrNoticesYet")}</p>;
  return (
    <ul className="space-y-3" data-testid="decision-list">
      {items.map((d) => (
        <li key={d.id} className="rounded-md border border-slate-200 p-3 text-sm">
          <p>
            <Link href={`/quyet-dinh/${d.id}`} className="font-semibold text-brand-700 underline">
              {t("no")} {d.number}
            </Link>{" "}
            · {t("dated")} {formatDate(d.decidedAt)}
          </p>
          {d.title && <p className="text-slate-700">{d.title}</p>}
          <p className="mt-1">
            <span className="font-semibold">{t("reason")}</span> {d.reason}
          </p>
          <p className="text-xs text-slate-600">
            {t("signedBy")} {d.signerName}
            {d.onBehalfOfName && ` — ${SIGN_MODE_TEXT[d.signMode][locale]} ${d.onBehalfOfName}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
