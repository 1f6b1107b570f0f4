import type { ReactNode } from "react";
import type { ProposalDetail } from "@/lib/applications/dto";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { formatDate } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import type { Locale } from "@/lib/i18n/locale";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { StatusTimeline } from "@/components/timeline/status-timeline";
import { kindLabel } from "@/components/application/document-kinds";
import { translator } from "@/lib/i18n/messages";

const m = (s: string | null) => (s === null ? "—" : formatMoney(BigInt(s)));

/** A dossier as its owner (or the staff who filed it) sees it: summary, budget, attachments, timeline. */
export function DossierDetail({
  d,
  downloadBase,
  actions,
  locale = "vi",
}: {
  d: ProposalDetail;
  downloadBase: string;
  actions?: ReactNode;
  locale?: Locale;
}) {
  const t = translator(locale, "components.application.dossierDetail");
  const info = STATUS_INFO[d.status];
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
      <div className="grid gap-4">
        <Card title={t("projectDetails")} actions={<Badge tone={info.tone}>{info.label[locale]}</Badge>}>
          <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="text-slate-600">{t("dossierCode")}</dt>
            <dd className="font-semibold tabular-nums" data-testid="dossier-code">
              {d.code ?? t("notSubmitted")}
            </dd>
            <dt className="text-slate-600">{t("establishment")}</dt>
            <dd>
              {d.establishment}
              {d.assisted && t("filedThroughAReceptionOfficer")}
            </dd>
            <dt className="text-slate-600">{t("activity")}</dt>
            <dd>
              {d.activity} <span className="text-slate-600">({d.activityArticle})</span>
            </dd>
            <dt className="text-slate-600">{t("receivingAgency")}</dt>
            <dd>{d.agency}</dd>
            <dt className="text-slate-600">{t("location")}</dt>
            <dd>{[d.location, d.commune].filter(Boolean).join(", ") || "—"}</dd>
            <dt className="text-slate-600">{t("period")}</dt>
            <dd>{d.startDate ? `${formatDate(d.startDate)} – ${formatDate(d.endDate)}` : "—"}</dd>
            <dt className="text-slate-600">{t("submittedOn")}</dt>
            <dd>{formatDate(d.submittedAt)}</dd>
            <dt className="text-slate-600">{t("objectives")}</dt>
            <dd className="whitespace-pre-line">{d.objectives || "—"}</dd>
          </dl>
        </Card>
        {d.lines.length > 0 && (
          // On a phone each line is a small card (a six-column table would need sideways scrolling, issue 13.6).
          <section
            aria-label={t("budgetEstimate")}
            className="rounded-lg border border-slate-200 bg-white p-3 sm:hidden"
            data-testid="budget-cards"
          >
            <h2 className="mb-2 font-semibold">{t("budgetEstimate")}</h2>
            <ol className="space-y-2 text-sm">
              {d.lines.map((l) => (
                <li key={l.position} className="rounded-md border border-slate-100 p-2">
                  <p className="font-semibold">
                    {l.position}. {l.item}{" "}
                    <span className="font-normal text-slate-600">
                      · {l.quantity} {l.unit}
                    </span>
                  </p>
                  <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 tabular-nums">
                    <dt className="text-slate-600">{t("amount")}</dt>
                    <dd>{m(l.total)}</dd>
                    <dt className="text-slate-600">{t("supportRequested")}</dt>
                    <dd>{m(l.requestedSupport)}</dd>
                    <dt className="text-slate-600">{t("counterpart")}</dt>
                    <dd>{m(l.counterpart)}</dd>
                  </dl>
                </li>
              ))}
            </ol>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 border-t border-slate-200 pt-2 text-sm font-semibold tabular-nums">
              <dt>{t("totalCost")}</dt>
              <dd>{m(d.totalCost)}</dd>
              <dt>{t("supportRequested")}</dt>
              <dd>{m(d.requestedSupport)}</dd>
              <dt>{t("counterpart")}</dt>
              <dd>{m(d.counterpart)}</dd>
            </dl>
          </section>
        )}
        {d.lines.length > 0 && (
          <div className="hidden sm:block">
            <Table
              caption={t("budgetEstimate")}
              head={["#", t("item"), t("qty"), t("amount"), t("supportRequested"), t("counterpart")]}
            >
              {d.lines.map((l) => (
                <tr key={l.position}>
                  <Td>{l.position}</Td>
                  <Td>{l.item}</Td>
                  <Td>
                    {l.quantity} {l.unit}
                  </Td>
                  <Td>{m(l.total)}</Td>
                  <Td>{m(l.requestedSupport)}</Td>
                  <Td>{m(l.counterpart)}</Td>
                </tr>
              ))}
              <tr className="font-semibold">
                <Td>{""}</Td>
                <Td>{t("total")}</Td>
                <Td>{""}</Td>
                <Td>{m(d.totalCost)}</Td>
                <Td>{m(d.requestedSupport)}</Td>
                <Td>{m(d.counterpart)}</Td>
              </tr>
            </Table>
          </div>
        )}
        {d.approvedSupport && (
          <p className="rounded-md bg-green-50 p-3 text-sm text-green-900">
            {t("approvedSupport")} <b>{m(d.approvedSupport)}</b>
          </p>
        )}
        <Card title={t("attachments")}>
          {d.documents.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noDocumentsYet")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {d.documents.map((doc) => (
                <li key={doc.id} className="py-2">
                  <b>{kindLabel(doc.kind, locale)}:</b>{" "}
                  <a className="text-brand-700 underline" href={`${downloadBase}/${doc.id}`}>
                    {doc.fileName}
                  </a>{" "}
                  <span className="text-slate-600">({formatDate(doc.createdAt)})</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {actions}
      </div>
      <Card title={t("processingHistory")}>
        <StatusTimeline
          items={d.events.map((e) => ({
            id: e.id,
            at: e.at,
            toStatus: e.toStatus,
            action: e.action,
            actorName: e.actorName,
            onBehalfOfName: e.onBehalfOfName,
            signMode: e.signMode,
            reason: e.reason,
          }))}
          locale={locale}
          emptyText={t("draftNotYetSubmitted")}
        />
      </Card>
    </div>
  );
}
