import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/dates";
import { listNationalAcceptance, listRecentlyAccepted } from "@/lib/results/hierarchy";
import { acceptNationalResultsAction, reopenResultAction } from "@/lib/results/actions";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { AcceptNationalForm, ReopenForm } from "@/components/results/hierarchy-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Chấp nhận kết quả các tỉnh" : "Accept provinces' results" };
}

export default async function Page() {
  const actor = await requireActor("results.acceptNational");
  const rows = await listNationalAcceptance(actor);
  const accepted = await listRecentlyAccepted(actor);
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <>
      <PageHeader
        title={t("Chấp nhận kết quả của các tỉnh", "Accept the provinces' results")}
        subtitle={t(
          "Số liệu các tỉnh đã duyệt (khóa cấp tỉnh) của các chỉ tiêu tỉnh báo cáo Bộ (NĐ 45/2012 Điều 16). Bộ chấp nhận theo tỉnh và năm; số liệu đã chấp nhận bị khóa ở cấp Bộ, chỉ mở lại kèm lý do.",
          "Province-approved figures (locked at province level) of the indicators provinces report to the ministry (Decree 45/2012 art. 16). The ministry accepts them by province and year; accepted figures are locked at the ministry level and reopened only with a reason.",
        )}
      />
      <Card title={t("Theo tỉnh và năm", "By province and year")} className="mb-6">
        {rows.length === 0 ? (
          <EmptyState
            title={t(
              "Chưa có số liệu tỉnh đã duyệt của chỉ tiêu quốc gia",
              "No province-approved figure of a national indicator yet",
            )}
          />
        ) : (
          <Table
            head={[
              t("Tỉnh", "Province"),
              t("Năm", "Year"),
              t("Chờ chấp nhận", "Awaiting"),
              t("Đã chấp nhận", "Accepted"),
              "",
            ]}
          >
            {rows.map((r) => (
              <tr key={`${r.provinceId}:${r.year}`} data-testid="national-acceptance-row">
                <Td>{r.province}</Td>
                <Td>{r.year}</Td>
                <Td className="tabular-nums">{r.awaiting}</Td>
                <Td className="tabular-nums">{r.accepted}</Td>
                <Td>
                  {r.awaiting > 0 ? (
                    <AcceptNationalForm
                      provinceId={r.provinceId}
                      year={r.year}
                      label={t(
                        `Chấp nhận ${r.awaiting} kết quả của ${r.province} năm ${r.year}?`,
                        `Accept ${r.awaiting} results of ${r.province} for ${r.year}?`,
                      )}
                      action={acceptNationalResultsAction}
                      locale={locale}
                    />
                  ) : (
                    t("Đã chấp nhận hết", "All accepted")
                  )}
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <Card title={t("Đã chấp nhận gần đây", "Recently accepted")}>
        {accepted.length === 0 ? (
          <EmptyState title={t("Chưa có", "None yet")} />
        ) : (
          <Table
            head={[
              t("Tỉnh", "Province"),
              t("Chỉ tiêu", "Indicator"),
              t("Năm", "Year"),
              t("Số liệu", "Figure"),
              t("Chấp nhận ngày", "Accepted on"),
              "",
            ]}
          >
            {accepted.map((r) => (
              <tr key={r.id}>
                <Td>{r.province?.name ?? "—"}</Td>
                <Td>{r.indicator.name}</Td>
                <Td>{r.year ?? "—"}</Td>
                <Td className="tabular-nums">
                  {Number(r.value).toLocaleString("vi-VN")} {r.indicator.unit}
                </Td>
                <Td>{formatDate(r.nationalAcceptedAt)}</Td>
                <Td>
                  <ReopenForm id={r.id} action={reopenResultAction} locale={locale} />
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </>
  );
}
