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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Hồ sơ của chỉ số phục vụ" : "Dossiers behind the service index" };
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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  if (!group || !p.agencyId)
    return (
      <>
        <PageHeader title={t("Hồ sơ của chỉ số phục vụ", "Dossiers behind the service index")} />
        <EmptyState
          title={t("Chưa chọn số liệu nào.", "No figure chosen.")}
          hint={t(
            "Mở chỉ số phục vụ và bấm vào một số liệu để xem các hồ sơ phía sau.",
            "Open the service index and click a figure to see the dossiers behind it.",
          )}
          action={
            <Link className="text-brand-700 underline" href={routes.leader.serviceIndex({ thang: p.month })}>
              {t("Mở chỉ số phục vụ", "Open the service index")}
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
        {t("← Về chỉ số phục vụ", "← Back to the service index")}
      </Link>
    </p>
  );

  if (group === "satisfaction") {
    const s = await satisfactionSpread(actor, { agencyId: p.agencyId, month: p.month, illustrative: p.illustrative });
    const total = s.counts.reduce((a, b) => a + b, 0);
    return (
      <>
        <PageHeader
          title={`${t(GROUP_TITLE.satisfaction.vi, GROUP_TITLE.satisfaction.en)} — ${s.agency.name}, ${monthLabel(s.month)}`}
          subtitle={t(
            "Phân bố điểm hài lòng chung. Không liệt kê hồ sơ: danh sách hồ sơ sẽ cho biết ai đã đánh giá.",
            "Spread of the overall score. Dossiers are not listed: that would tell who rated.",
          )}
        />
        {back}
        {s.hidden ? (
          <p>
            {t(
              "Dưới 3 lượt đánh giá: không hiện để giữ kín người đánh giá.",
              "Under 3 ratings: hidden to protect raters.",
            )}
          </p>
        ) : total === 0 ? (
          <EmptyState title={t("Không có lượt đánh giá nào trong tháng.", "No rating in this month.")} />
        ) : (
          <Table label={t("Phân bố điểm", "Score spread")} head={[t("Điểm", "Score"), t("Số lượt", "Ratings")]}>
            {s.counts.map((n, i) => (
              <tr key={i} data-testid="spread-row">
                <Td>{i + 1}</Td>
                <Td className="tabular-nums">{n}</Td>
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
      ? [t("Trễ hạn", "Late"), t("Đúng hạn", "On time")]
      : group === "online"
        ? [t("Nộp tại bộ phận một cửa", "Filed at the desk"), t("Trực tuyến", "Online")]
        : [
            t("Chưa có văn bản điện tử ký số", "No signed electronic document"),
            t("Văn bản điện tử ký số", "Signed electronic document"),
          ];
  const status = (s?: string) => (s ? (STATUS_INFO[s as ProposalStatus]?.label[locale] ?? s) : "");
  const dossierHref = (id: string) => (actor.role === "MINISTRY_VIEWER" ? null : routes.staff.dossier(id));
  return (
    <>
      <PageHeader
        title={`${t(GROUP_TITLE[group].vi, GROUP_TITLE[group].en)} — ${list.agency.name}, ${monthLabel(list.month)}`}
        subtitle={
          group === "timeliness"
            ? list.agency.limit === null
              ? t("Cơ quan chưa khai báo thời hạn giải quyết.", "The agency has not declared a handling time limit.")
              : `${t("Thời hạn giải quyết", "Handling time limit")}: ${list.agency.limit} ${t("ngày làm việc", "working days")}${list.agency.illustrative ? ` (${t("minh họa", "illustrative")})` : ""}${list.agency.basis ? ` — ${list.agency.basis}` : ""}`
            : t("Hồ sơ không đạt được liệt kê trước.", "Dossiers not counted are listed first.")
        }
      />
      {back}
      <Card title={`${list.total} ${t("hồ sơ", "dossiers")}`}>
        {list.lines.length === 0 ? (
          <EmptyState title={t("Không có hồ sơ nào.", "No dossier.")} />
        ) : (
          <>
            {list.truncated && (
              <p className="mb-2 text-sm text-amber-800">
                {t(
                  `Hiện ${list.lines.length} hồ sơ đầu trong ${list.total}; tải Excel để xem đủ.`,
                  `Showing the first ${list.lines.length} of ${list.total}; download Excel for all.`,
                )}
              </p>
            )}
            <Table
              label={t("Hồ sơ", "Dossiers")}
              head={[
                t("Mã hồ sơ", "Code"),
                t("Tên đề án", "Title"),
                ...(group === "timeliness"
                  ? [
                      t("Nộp (lần cuối)", "(Re)submitted"),
                      t("Có kết quả", "Result"),
                      t("Ngày làm việc", "Working days"),
                    ]
                  : group === "online"
                    ? [t("Nộp lần đầu", "First submitted")]
                    : [t("Ngày quyết định", "Decided")]),
                t("Đánh giá", "Verdict"),
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
                          <Badge tone="warning">{t("minh họa", "illustrative")}</Badge>
                        </>
                      )}
                    </Td>
                    {group === "timeliness" && <Td>{formatDate(l.startAt ?? null)}</Td>}
                    <Td>
                      {formatDate(l.at)}
                      {l.status ? <span className="block text-xs text-slate-600">{status(l.status)}</span> : null}
                    </Td>
                    {group === "timeliness" && <Td className="tabular-nums">{l.taken ?? "—"}</Td>}
                    <Td testId="drill-verdict">
                      {l.ok === null ? (
                        <span className="text-slate-600">{t("Không xác định", "Unknown")}</span>
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
