import type { PublicDeAn } from "@/lib/public-data/queries";
import type { Locale } from "@/lib/i18n/locale";
import { Table, Td } from "@/components/ui/table";

export function PublicDeAnTable({
  rows,
  money,
  locale = "vi",
}: {
  rows: PublicDeAn[];
  money: (vnd: string) => string;
  locale?: Locale;
}) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <Table
      head={[
        t("Đề án", "Project"),
        t("Năm", "Year"),
        t("Nguồn", "Source"),
        t("Đơn vị thụ hưởng", "Beneficiary"),
        t("Địa bàn", "Area"),
        t("Kinh phí hỗ trợ", "Support funds"),
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id} data-testid="public-de-an">
          <Td className="min-w-56">
            {r.ten}
            <span className="block text-xs text-slate-500">{r.noiDung}</span>
          </Td>
          <Td>{r.nam}</Td>
          <Td>{r.nguonKinhPhi === "KCQG" ? t("Quốc gia", "National") : t("Địa phương", "Local")}</Td>
          <Td>{r.donViThuHuong ?? t("Nhiều cơ sở", "Several establishments")}</Td>
          <Td>
            {[r.xa, r.tinh].filter(Boolean).join(", ")}
            {r.tinh && r.tinhHienNay && r.tinh !== r.tinhHienNay && (
              <span className="block text-xs text-slate-500">
                {t("nay thuộc", "now part of")} {r.tinhHienNay}
              </span>
            )}
          </Td>
          <Td className="tabular-nums">
            {money(r.kinhPhiHoTro)}
            {r.minhHoa && (
              <span
                className="ml-1 rounded bg-amber-100 px-1 text-xs font-semibold text-amber-900"
                data-testid="minh-hoa"
                title={t("Số tiền minh họa, không phải số liệu công bố", "Illustrative amount, not a published figure")}
              >
                {t("minh họa", "illustrative")}
              </span>
            )}
            <span className="block text-xs text-slate-500">{r.trangThaiTen}</span>
          </Td>
        </tr>
      ))}
    </Table>
  );
}
