import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { routes } from "@/lib/routes";
import { groupFromSlug, satisfactionSpread, serviceIndexDossiers } from "@/lib/service-index";
import { parseIndexParams } from "@/lib/service-index/params";
import { monthLabel } from "@/lib/metrics/service-index";
import { formatDate } from "@/lib/dates";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.lanhDao.chiSoPhucVu.hoSo.page")("dossiersBehindTheServiceIndex") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const GROUP_TITLE = {
  timeliness: { vi: "Giải quyết đúng hạn", en: "Handled on time" },
  online: { vi: "Nộp trực tuyến", en: "Submitted online" },
  digitised: { vi: "Kết quả số hóa", en: "Digitised results" },
  satisfaction: { vi: "Mức độ hài lòng", en: "Satisfaction" },
} as const;

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("dashboard.view");
  const p = parseIndexParams(await searchParams);
  const group = groupFromSlug(p.group);
  const locale = await getLocale();
  const t = translator(locale, "app.lanhDao.chiSoPhucVu.hoSo.page");
  if (!group || !p.agencyId)
    return (
      <>
        <PageHeader title={t("dossiersBehindTheServiceIndex")} />
        <EmptyState
          title={t("noFigureChosen")}
          hint={t("openTheServiceIndexAnd")}
          action={
            <Link className="text-brand-700 underline" href={routes.leader.serviceIndex({ thang: p.month })}>
              {t("openTheServiceIndex")}
            </Link>
          }
        />
      </>
    );
  const minhHoa = p.illustrative ? "1" : null;
  const back = (
    <p className="mb-4 text-sm">
      <Link
        className="text-brand-700 underline"
        href={routes.leader.serviceIndex({ thang: p.month, coQuan: p.agencyId, minhHoa })}
      >
        {t("backToTheServiceIndex")}
      </Link>
    </p>
  );

  if (group === "satisfaction") {
    const s = await satisfactionSpread(actor, { agencyId: p.agencyId, month: p.month, illustrative: p.illustrative });
    const total = s.counts.reduce((a, b) => a + b, 0);
    return (
      <>
        <PageHeader
          title={`${GROUP_TITLE.satisfaction[locale]} — ${s.agency.name}, ${monthLabel(s.month)}`}
          subtitle={t("spreadOfTheOverallScore")}
        />
        {back}
        {s.hidden ? (
          <p>{t("under3RatingsHiddenTo")}</p>
        ) : total === 0 ? (
          <EmptyState title={t("noRatingInThisMonth")} />
        ) : (
          <Table label={t("scoreSpread")} head={[t("score"), t("ratings")]}>
            {s.counts.map((n, i) => (
              <tr key={i} data-testid="spread-row">
                <Td>{i + 1}</Td>
                <Td>{n}</Td>
              </tr>
            ))}
          </Table>
        )}
      </>
    );
  }

  const list = await serviceIndexDossiers(actor, {
    agencyId: p.agencyId,
    month: p.month,
    group,
    illustrative: p.illustrative,
  });
  const okLabel =
    group === "timeliness"
      ? [t("late"), t("onTime")]
      : group === "online"
        ? [t("filedAtTheDesk"), t("online")]
        : [t("noSignedElectronicDocument"), t("signedElectronicDocument")];
  const status = (s?: string) => (s ? (STATUS_INFO[s as ProposalStatus]?.label[locale] ?? s) : "");
  const dossierHref = (id: string) => (actor.role === "MINISTRY_VIEWER" ? null : routes.staff.dossier(id));
  return (
    <>
      <PageHeader
        title={`${GROUP_TITLE[group][locale]} — ${list.agency.name}, ${monthLabel(list.month)}`}
        subtitle={
          group === "timeliness"
            ? list.agency.limit === null
              ? t("theAgencyHasNotDeclared")
              : `${t("handlingTimeLimit")}: ${list.agency.limit} ${t("workingDays")}${list.agency.illustrative ? ` (${t("illustrative")})` : ""}${list.agency.basis ? ` — ${list.agency.basis}` : ""}`
            : t("dossiersNotCountedAreListed")
        }
      />
      {back}
      <Card title={`${list.total} ${t("dossiers")}`}>
        {list.lines.length === 0 ? (
          <EmptyState title={t("noDossier")} />
        ) : (
          <>
            {list.truncated && (
              <p className="mb-2 text-sm text-amber-800">
                {t("showingTheFirstOfDownload", { length: list.lines.length, total: list.total })}
              </p>
            )}
            <Table
              label={t("dossiers2")}
              head={[
                t("code"),
                t("title"),
                ...(group === "timeliness"
                  ? [t("reSubmitted"), t("result"), t("workingDays2")]
                  : group === "online"
                    ? [t("firstSubmitted")]
                    : [t("decided")]),
                t("verdict"),
              ]}
            >
              {list.lines.map((l) => {
                const href = dossierHref(l.id);
                return (
                  <tr key={l.id} data-testid="drill-row">
                    <Td>
                      {href ? (
                        <Link className="text-brand-700 underline" href={href}>
                          {l.code ?? "—"}
                        </Link>
                      ) : (
                        (l.code ?? "—")
                      )}
                    </Td>
                    <Td>
                      {l.title}
                      {l.fictional && (
                        <>
                          {" "}
                          <Badge tone="warning">{t("illustrative")}</Badge>
                        </>
                      )}
                    </Td>
                    {group === "timeliness" && <Td>{formatDate(l.startAt ?? null)}</Td>}
                    <Td>
                      {formatDate(l.at)}
                      {l.status ? <span className="block text-xs text-slate-600">{status(l.status)}</span> : null}
                    </Td>
                    {group === "timeliness" && <Td>{l.taken ?? "—"}</Td>}
                    <Td testId="drill-verdict">
                      {l.ok === null ? (
                        <span className="text-slate-600">{t("unknown")}</span>
                      ) : (
                        <Badge tone={l.ok ? "success" : "danger"}>{l.ok ? okLabel[1] : okLabel[0]}</Badge>
                      )}
                    </Td>
                  </tr>
                );
              })}
            </Table>
          </>
        )}
      </Card>
    </>
  );
}
