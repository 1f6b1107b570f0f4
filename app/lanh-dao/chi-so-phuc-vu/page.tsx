import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { routes } from "@/lib/routes";
import { GROUP_SLUG, serviceIndex, type IndexGroup, type IndexRow } from "@/lib/service-index";
import { parseIndexParams } from "@/lib/service-index/params";
import { monthLabel, monthsEnding, SATISFIED_FROM, shiftMonth, type Share } from "@/lib/metrics/service-index";
import { formatBp } from "@/lib/metrics/format";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Chỉ số phục vụ" : "Service index" };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function ShareCell({ s, href, label }: { s: Share | null; href: string | null; label: string }) {
  if (!s) return <span className="text-slate-600">—</span>;
  if (s.den === 0) return <span className="text-slate-600">0</span>;
  const text = `${formatBp(Math.round((s.rate ?? 0) * 10_000))} (${s.num}/${s.den})`;
  return href ? (
    <Link className="text-brand-700 underline tabular-nums" href={href} aria-label={`${label}: ${text}`}>
      {text}
    </Link>
  ) : (
    <span className="tabular-nums">{text}</span>
  );
}

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("dashboard.view");
  const p = parseIndexParams(await searchParams);
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const minhHoa = p.illustrative ? "1" : null;
  const history = p.agencyId !== null;
  const data = await serviceIndex(actor, {
    months: history ? monthsEnding(p.month, 12) : [p.month],
    illustrative: p.illustrative,
    agencyId: p.agencyId ?? undefined,
  });
  const drill = (r: IndexRow, g: IndexGroup) =>
    routes.leader.serviceIndexDossiers({ thang: r.month, coQuan: r.agency.id, nhom: GROUP_SLUG[g], minhHoa });
  const prev = shiftMonth(p.month, -1);
  const nextMonth = shiftMonth(p.month, 1);
  const agencyName = history ? (data.rows[0]?.agency.name ?? "") : "";
  const limitNote = (r: IndexRow) =>
    r.agency.limit === null
      ? t("Chưa khai báo", "Not declared")
      : `${r.agency.limit} ${t("ngày làm việc", "working days")}`;
  return (
    <>
      <PageHeader
        title={t("Chỉ số phục vụ người dân, doanh nghiệp", "Service index")}
        subtitle={t(
          "Các nhóm chỉ số của Quyết định 766/QĐ-TTg tính được từ dữ liệu của cổng, theo cơ quan và tháng: giải quyết đúng hạn, nộp trực tuyến, kết quả số hóa, mức độ hài lòng. Bấm vào một số để xem các hồ sơ phía sau. Đây không phải điểm chính thức của Bộ Chỉ số (điểm đó còn dùng khảo sát và nguồn khác, với trọng số riêng).",
          "The groups of Decision 766/QĐ-TTg the portal's own data can show, per agency and month: handled on time, submitted online, digitised results, satisfaction. Click a figure for the dossiers behind it. This is not the official score (which also uses surveys and other sources, with its own weights).",
        )}
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("Chọn tháng", "Choose a month")}>
        <div>
          <label htmlFor="thang" className="block text-sm font-medium">
            {t("Tháng", "Month")}
          </label>
          <input
            id="thang"
            name="thang"
            type="month"
            defaultValue={p.month}
            className="rounded-md border border-slate-300 px-3 py-2"
          />
        </div>
        {p.agencyId && <input type="hidden" name="coQuan" value={p.agencyId} />}
        {minhHoa && <input type="hidden" name="minhHoa" value="1" />}
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("Xem", "Show")}
        </button>
        <Link
          className="py-2 text-brand-700 underline"
          href={routes.leader.serviceIndex({ thang: prev, coQuan: p.agencyId, minhHoa })}
        >
          {t("← Tháng trước", "← Previous month")}
        </Link>
        <Link
          className="py-2 text-brand-700 underline"
          href={routes.leader.serviceIndex({ thang: nextMonth, coQuan: p.agencyId, minhHoa })}
        >
          {t("Tháng sau →", "Next month →")}
        </Link>
        <a
          className="py-2 text-brand-700 underline"
          href={routes.leader.serviceIndexXlsx({ thang: p.month, coQuan: p.agencyId, minhHoa })}
          download
        >
          {t("Tải Excel (.xlsx)", "Download Excel (.xlsx)")}
        </a>
      </form>
      <p className="mb-4 text-sm text-slate-700" data-testid="illustrative-toggle">
        {p.illustrative ? (
          <>
            {t(
              "Đang gồm cả hồ sơ minh họa (dữ liệu trình diễn, không phải số liệu công bố).",
              "Including illustrative dossiers (demo data, not published figures).",
            )}{" "}
            <Link
              className="text-brand-700 underline"
              href={routes.leader.serviceIndex({ thang: p.month, coQuan: p.agencyId })}
            >
              {t("Chỉ xem số liệu chính thức", "Official figures only")}
            </Link>
          </>
        ) : (
          <>
            {t("Số liệu chính thức: không gồm hồ sơ minh họa.", "Official figures: illustrative dossiers left out.")}{" "}
            <Link
              className="text-brand-700 underline"
              href={routes.leader.serviceIndex({ thang: p.month, coQuan: p.agencyId, minhHoa: "1" })}
            >
              {t("Xem cả số liệu minh họa", "Include illustrative figures")}
            </Link>
          </>
        )}
      </p>
      {data.illustrative && (
        <p className="mb-4" data-testid="index-illustrative">
          <Badge tone="warning">{t("minh họa", "illustrative")}</Badge>{" "}
          <span className="text-sm">
            {t(
              "Có số liệu từ hồ sơ minh họa hoặc thời hạn giải quyết minh họa trong bảng này.",
              "This table includes illustrative dossiers or an illustrative handling time limit.",
            )}
          </span>
        </p>
      )}
      <Card
        title={
          history
            ? `${agencyName} — ${t("12 tháng đến", "12 months to")} ${monthLabel(p.month)}`
            : `${t("Tháng", "Month")} ${monthLabel(p.month)}`
        }
        className="mb-6"
      >
        {history && (
          <p className="mb-2 text-sm">
            <Link className="text-brand-700 underline" href={routes.leader.serviceIndex({ thang: p.month, minhHoa })}>
              {t("← Tất cả cơ quan", "← All agencies")}
            </Link>
          </p>
        )}
        {data.rows.length === 0 ? (
          <EmptyState
            title={t("Không có hồ sơ nào trong tháng này.", "No dossier in this month.")}
            hint={t(
              "Chọn tháng khác, hoặc xem cả số liệu minh họa nếu đang dùng bản trình diễn.",
              "Choose another month, or include illustrative figures in the demo.",
            )}
          />
        ) : (
          <Table
            label={t("Chỉ số phục vụ", "Service index")}
            head={[
              history ? t("Tháng", "Month") : t("Cơ quan", "Agency"),
              t("Thời hạn giải quyết", "Handling time limit"),
              t("Giải quyết đúng hạn", "Handled on time"),
              t("Nộp trực tuyến", "Submitted online"),
              t("Kết quả số hóa", "Digitised results"),
              t(`Hài lòng (${SATISFIED_FROM}–5 điểm)`, `Satisfied (${SATISFIED_FROM}–5)`),
            ]}
          >
            {data.rows.map((r) => (
              <tr key={`${r.agency.id}:${r.month}`} data-testid="index-row">
                <Td>
                  {history ? (
                    monthLabel(r.month)
                  ) : (
                    <Link
                      className="text-brand-700 underline"
                      href={routes.leader.serviceIndex({ thang: r.month, coQuan: r.agency.id, minhHoa })}
                    >
                      {r.agency.name}
                    </Link>
                  )}
                </Td>
                <Td>
                  {limitNote(r)}
                  {r.agency.illustrative && r.agency.limit !== null && (
                    <>
                      {" "}
                      <Badge tone="warning">{t("minh họa", "illustrative")}</Badge>
                    </>
                  )}
                </Td>
                <Td testId="cell-timeliness">
                  <ShareCell
                    s={r.timeliness}
                    href={r.timeliness?.den ? drill(r, "timeliness") : null}
                    label={t("Đúng hạn", "On time")}
                  />
                </Td>
                <Td testId="cell-online">
                  <ShareCell
                    s={r.online}
                    href={r.online.den ? drill(r, "online") : null}
                    label={t("Trực tuyến", "Online")}
                  />
                </Td>
                <Td testId="cell-digitised">
                  <ShareCell
                    s={r.digitised}
                    href={r.digitised.den ? drill(r, "digitised") : null}
                    label={t("Số hóa", "Digitised")}
                  />
                </Td>
                <Td testId="cell-satisfaction">
                  {r.satisfaction === null ? (
                    <span className="text-slate-600">{t("Ẩn (dưới 3 lượt)", "Hidden (under 3)")}</span>
                  ) : (
                    <>
                      <ShareCell
                        s={r.satisfaction}
                        href={r.satisfaction.den ? drill(r, "satisfaction") : null}
                        label={t("Hài lòng", "Satisfied")}
                      />
                      {r.satisfaction.average !== null && (
                        <span className="block text-xs text-slate-600">
                          {t("điểm TB", "average")} {r.satisfaction.average.toLocaleString("vi-VN")}
                        </span>
                      )}
                    </>
                  )}
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <Card title={t("Cách tính", "How each figure is computed")}>
        <dl className="space-y-2 text-sm">
          <div>
            <dt className="font-semibold">{t("Giải quyết đúng hạn", "Handled on time")}</dt>
            <dd>
              {t(
                "Hồ sơ có kết quả giải quyết trong tháng (quyết định phê duyệt hoặc không phê duyệt; đề án KCQG: khi gửi Bộ thẩm định). Đúng hạn khi số ngày làm việc từ lần nộp (hoặc nộp bổ sung) cuối cùng đến kết quả không quá thời hạn giải quyết của cơ quan, theo lịch nghỉ lễ. Cơ quan chưa khai báo thời hạn thì không tính.",
                "Dossiers with a handling result in the month (approved or refused; national-fund: sent to the ministry). On time when the working days from the last (re)submission to the result are within the agency's handling time limit, on the holiday calendar. No declared limit, no figure.",
              )}
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t("Nộp trực tuyến", "Submitted online")}</dt>
            <dd>
              {t(
                "Hồ sơ nộp lần đầu trong tháng; trực tuyến khi người nộp tự nộp trên cổng (không phải cán bộ nộp thay tại bộ phận một cửa).",
                "Dossiers first submitted in the month; online when the applicant filed it on the portal (not filed at the desk on their behalf).",
              )}
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t("Kết quả số hóa", "Digitised results")}</dt>
            <dd>
              {t(
                "Hồ sơ có quyết định trong tháng mà quyết định được ban hành dưới dạng văn bản điện tử có chữ ký số.",
                "Dossiers decided in the month whose decision was issued as a digitally signed electronic document.",
              )}
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t("Hài lòng", "Satisfied")}</dt>
            <dd>
              {t(
                `Lượt đánh giá trong tháng có điểm hài lòng chung từ ${SATISFIED_FROM} đến 5; không hiện người đánh giá.`,
                `Ratings in the month with an overall score of ${SATISFIED_FROM} to 5; raters are never shown.`,
              )}
            </dd>
          </div>
        </dl>
        {(actor.role === "ADMIN" || actor.role === "LEADER") && (
          <p className="mt-3 text-sm">
            {t(
              "Thời hạn giải quyết do quản trị viên khai báo tại",
              "The handling time limit is declared by an administrator at",
            )}{" "}
            <Link className="text-brand-700 underline" href={routes.admin.agencies}>
              {t("Thông tin cơ quan", "Agency details")}
            </Link>
            .
          </p>
        )}
      </Card>
    </>
  );
}
