import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/dates";
import { listNationalAcceptance, listRecentlyAccepted } from "@/lib/results/hierarchy";
import { acceptNationalResultsAction, reopenResultAction } from "@/lib/results/actions";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { AcceptNationalForm, ReopenForm } from "@/components/results/hierarchy-forms";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.boCongThuong.ketQua.page")("acceptProvincesResults") };
}

async function Page() {
  const actor = await requireActor("results.acceptNational");
  const rows = await listNationalAcceptance(actor);
  const accepted = await listRecentlyAccepted(actor);
  const locale = await getLocale();
  const t = translator(locale, "app.boCongThuong.ketQua.page");
  return (
    <>
      <PageHeader title={t("acceptTheProvincesResults")} subtitle={t("provinceApprovedFiguresLockedAt")} />
      <Card title={t("byProvinceAndYear")} className="mb-6">
        {rows.length === 0 ? (
          <EmptyState title={t("noProvinceApprovedFigureOf")} />
        ) : (
          <Table head={[t("province"), t("year"), t("awaiting"), t("accepted"), ""]}>
            {rows.map((r) => (
              <tr key={`${r.provinceId}:${r.year}`} data-testid="national-acceptance-row">
                <Td>{r.province}</Td>
                <Td>{r.year}</Td>
                <Td>{r.awaiting}</Td>
                <Td>{r.accepted}</Td>
                <Td>
                  {r.awaiting > 0 ? (
                    <AcceptNationalForm
                      provinceId={r.provinceId}
                      year={r.year}
                      label={t("acceptResultsOfFor", { awaiting: r.awaiting, province: r.province, year: r.year })}
                      action={acceptNationalResultsAction}
                      locale={locale}
                    />
                  ) : (
                    t("allAccepted")
                  )}
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <Card title={t("recentlyAccepted")}>
        {accepted.length === 0 ? (
          <EmptyState title={t("noneYet")} />
        ) : (
          <Table head={[t("province"), t("indicator"), t("year"), t("figure"), t("acceptedOn"), ""]}>
            {accepted.map((r) => (
              <tr key={r.id}>
                <Td>{r.province?.name ?? "—"}</Td>
                <Td>{r.indicator.name}</Td>
                <Td>{r.year ?? "—"}</Td>
                <Td>
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

export default withMessages(Page, ["components.results.hierarchyForms"]);
