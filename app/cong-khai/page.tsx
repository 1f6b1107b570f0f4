import type { Metadata } from "next";
import Link from "next/link";
import {
  publicChiTieuCached,
  publicDeAnCached,
  publicOwnerGroupsCached,
  publicProvincesCached,
} from "@/lib/public-data/cached";
import { OWNER_GROUP_LABEL, type OwnerGroup } from "@/lib/metrics/owner-groups";
import { deAnQuery } from "@/lib/public-data/schemas";
import { getLocale } from "@/lib/i18n/locale";
import { formatMoneyShort } from "@/lib/metrics/format";
import { STATUS_META } from "@/lib/metrics/status-meta";
import { Card, EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { PublicDeAnTable } from "@/components/public/de-an-table";
import { inputClass } from "@/components/forms/field";
import { buttonClass } from "@/components/ui/button";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return (await getLocale()) === "vi"
    ? {
        title: "Công khai khuyến công",
        description: "Đề án khuyến công được phê duyệt, kinh phí hỗ trợ và kết quả so với mục tiêu.",
      }
    : {
        title: "Public disclosure",
        description: "Approved industrial extension projects, support funds and results against targets.",
      };
}

const money = (vnd: string) => formatMoneyShort(BigInt(vnd));
const rate = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

export default async function PublicPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const one = (k: string) => (typeof sp[k] === "string" && sp[k] ? (sp[k] as string) : undefined);
  const parsed = deAnQuery.safeParse({ nam: one("nam"), tinh: one("tinh"), trang: one("trang") });
  const q = parsed.success ? parsed.data : deAnQuery.parse({});
  const [list, provinces, indicators, owners] = await Promise.all([
    publicDeAnCached(q),
    publicProvincesCached(),
    publicChiTieuCached({ ky: "2021-2025", tinh: q.tinh }),
    publicOwnerGroupsCached({ nam: q.nam, tinh: q.tinh }),
  ]);
  const pages = Math.max(1, Math.ceil(list.total / q.soDong));
  const link = (trang: number) =>
    `/cong-khai?${new URLSearchParams({ ...(q.nam ? { nam: String(q.nam) } : {}), ...(q.tinh ? { tinh: q.tinh } : {}), trang: String(trang) })}`;
  const withTarget = indicators.data.filter((r) => r.mucTieu);
  const locale = await getLocale();
  const t = translator(locale, "app.congKhai.page");
  return (
    <>
      <PageHeader title={t("industrialPromotionPublicDisclosure")} subtitle={t("approvedProjectsSupportFundsAnd")} />
      <form
        method="get"
        className="mb-6 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4"
        aria-label="Bộ lọc"
      >
        <div>
          <label htmlFor="nam" className="block text-sm font-semibold">
            {t("year")}
          </label>
          <input
            id="nam"
            name="nam"
            type="number"
            min={2000}
            max={2100}
            defaultValue={q.nam ?? ""}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="tinh" className="block text-sm font-semibold">
            {t("province")}
          </label>
          <select id="tinh" name="tinh" defaultValue={q.tinh ?? ""} className={inputClass}>
            <option value="">{t("all")}</option>
            {provinces.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end">
          <button type="submit" className={buttonClass("primary")}>
            {t("show")}
          </button>
        </div>
      </form>
      <div className="mb-6 grid grid-cols-2 gap-3">
        <Stat label={t("approvedProjects")} value={list.total} />
        <Stat
          label={t("totalSupportFundsOfficialFigures")}
          value={money(list.tongKinhPhiHoTro)}
          hint={
            list.soDeAnMinhHoa
              ? t("excludesProjectsWithIllustrativeAmounts", { soDeAnMinhHoa: list.soDeAnMinhHoa })
              : undefined
          }
        />
      </div>
      <Card title={t("approvedProjects2")} className="mb-6">
        {list.data.length ? (
          <PublicDeAnTable rows={list.data} money={money} locale={locale} />
        ) : (
          <EmptyState title={t("noApprovedProjectsInThis")} hint={t("chooseAnotherYearOrProvince")} />
        )}
        {pages > 1 && (
          <nav aria-label="Phân trang" className="mt-3 flex gap-3">
            {q.trang > 1 && (
              <Link className="text-brand-700 underline" href={link(q.trang - 1)}>
                {t("previousPage")}
              </Link>
            )}
            <span>
              {t("page")} {q.trang}/{pages}
            </span>
            {q.trang < pages && (
              <Link className="text-brand-700 underline" href={link(q.trang + 1)}>
                {t("nextPage")}
              </Link>
            )}
          </nav>
        )}
      </Card>
      <Card title={`${t("resultsAgainstTargetsFor")} ${indicators.giaiDoan.replace("-", "–")}`} className="mb-6">
        {withTarget.length ? (
          <Table
            head={[
              t("indicator"),
              t("target"),
              t("achieved"),
              t("rate"),
              t("assessment"),
              indicators.giaiDoanTruoc
                ? `${t("period")} ${indicators.giaiDoanTruoc.replace("-", "–")}`
                : t("previousPeriod"),
            ]}
          >
            {withTarget.map((r) => (
              <tr key={r.ma} data-testid="public-chi-tieu">
                <Td>{r.ten}</Td>
                <Td>{r.mucTieu?.hienThi}</Td>
                <Td>
                  {r.thucHien?.hienThi ?? (r.theoTinh?.length ? t("notSummedAcrossProvinces") : t("noDataYet"))}
                  {r.theoTinh?.map((x) => (
                    <span key={x.tinh} className="block text-xs text-slate-600">
                      {x.tinh} ({x.giaiDoan}): {x.hienThi}
                    </span>
                  ))}
                </Td>
                <Td>{r.tyLeDat === null ? "—" : `${rate.format(r.tyLeDat)}%`}</Td>
                <Td>
                  <Badge tone={STATUS_META[r.danhGia].tone}>{STATUS_META[r.danhGia].label[locale]}</Badge>
                </Td>
                <Td>{r.giaiDoanTruoc?.hienThi ?? "—"}</Td>
              </tr>
            ))}
          </Table>
        ) : (
          <EmptyState title={t("noTargetsPublishedForThis")} />
        )}
      </Card>
      <Card title={t("supportedProjectsByOwnerGroup")} className="mb-6">
        <Table head={[t("ownerGroup"), t("projects"), t("establishments"), t("support")]}>
          {owners.map((g) => (
            <tr key={g.nhom} data-testid="public-owner-group">
              <Td>{locale === "vi" ? g.ten : OWNER_GROUP_LABEL[g.nhom as OwnerGroup].en}</Td>
              <Td>{g.anDi ? t("hidden3") : g.soDeAn?.toLocaleString("vi-VN")}</Td>
              <Td>{g.anDi ? "—" : g.soCoSo?.toLocaleString("vi-VN")}</Td>
              <Td>{g.anDi || g.kinhPhiHoTro === null ? "—" : formatMoneyShort(BigInt(g.kinhPhiHoTro))}</Td>
            </tr>
          ))}
        </Table>
        <p className="mt-2 text-xs text-slate-600">{t("officialFiguresIllustrativeAmountsLeft")}</p>
      </Card>
      <p className="text-sm text-slate-600">
        {t("openDataJson")}:{" "}
        <a className="text-brand-700 underline" href="/api/public/v1/de-an">
          /api/public/v1/de-an
        </a>
        ,{" "}
        <a className="text-brand-700 underline" href="/api/public/v1/chi-tieu">
          /api/public/v1/chi-tieu
        </a>{" "}
        — {t("openapiDescription")}:{" "}
        <a className="text-brand-700 underline" href="/api/public/v1/openapi.json">
          openapi.json
        </a>
        .
      </p>
    </>
  );
}
