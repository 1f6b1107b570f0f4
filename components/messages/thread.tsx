import type { MessageDto } from "@/lib/messages/queries";
import { formatDateTime } from "@/lib/dates";
import { MessageForm } from "@/components/messages/message-form";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

/** The dossier's conversation; internal notes are marked and only ever reach internal viewers. */
// locale is optional so callers not yet localised keep rendering Vietnamese.
export function Thread({
  proposalId,
  messages,
  canMessage,
  canNote,
  locale = "vi",
}: {
  proposalId: string;
  messages: MessageDto[];
  canMessage: boolean;
  canNote: boolean;
  locale?: Locale;
}) {
  const t = translator(locale, "components.messages.thread");
  return (
    <div>
      {messages.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noMessagesYet")}</p>
      ) : (
        <ul className="space-y-2" data-testid="messages">
          {messages.map((m) => (
            <li
              key={m.id}
              className={`rounded-md p-3 text-sm ${m.internal ? "border border-dashed border-amber-400 bg-amber-50" : m.mine ? "bg-brand-50" : "bg-slate-50"}`}
            >
              <p className="text-xs text-slate-600">
                <strong>{m.authorName}</strong> · {formatDateTime(m.createdAt)}
                {m.internal && t("internalNoteHiddenFromThe")}
              </p>
              <p className="mt-1 whitespace-pre-line">{m.body}</p>
            </li>
          ))}
        </ul>
      )}
      {(canMessage || canNote) && (
        <MessageForm proposalId={proposalId} canMessage={canMessage} canNote={canNote} locale={locale} />
      )}
    </div>
  );
}
