import type { PublicDeAn } from "@/lib/public-data/queries";
import type { Locale } from "@/lib/i18n/locale";
import { Table, Td } from "@/components/ui/table";
import { translator } from "@/lib/i18n/messages";

export function PublicDeAnTable({
  rows,
  money,
  locale = "vi",
}: {
  rows: PublicDeAn[];
  money: (vnd: string) => string;
  locale?: Locale;
}) {
  const t = translator(locale, "components.public.deAnTable");
  return (
    <Table head={[t("project"), t("year"), t("source"), t("beneficiary"), t("area"), t("supportFunds")]}>
      {rows.map((r) => (
        <tr key={r.id} data-testid="public-de-an">
          <Td className="min-w-56">
            {r.ten}
            <span className="block text-xs text-slate-500">{r.noiDung}</span>
          </Td>
          <Td>{r.nam}</Td>
          <Td>{r.nguonKinhPhi === "KCQG" ? t("national") : t("local")}</Td>
          <Td>{r.donViThuHuong ?? t("severalEstablishments")}</Td>
          <Td>
            {[r.xa, r.tinh].filter(Boolean).join(", ")}
            {r.tinh && r.tinhHienNay && r.tinh !== r.tinhHienNay && (
              <span className="block text-xs text-slate-500">
                {t("nowPartOf")} {r.tinhHienNay}
              </span>
            )}
          </Td>
          <Td>
            {money(r.kinhPhiHoTro)}
            {r.minhHoa && (
              <span
                className="ml-1 rounded bg-amber-100 px-1 text-xs font-semibold text-amber-900"
                data-testid="minh-hoa"
                title={t("illustrativeAmountNotAPublished")}
              >
                {t("illustrative")}
              </span>
            )}
            <span className="block text-xs text-slate-500">{r.trangThaiTen}</span>
          </Td>
        </tr>
      ))}
    </Table>
  );
}
