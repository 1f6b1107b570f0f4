import type { PublicDeAn } from "@/lib/public-data/queries";
import { Table, Td } from "@/components/ui/table";

export function PublicDeAnTable({ rows, money }: { rows: PublicDeAn[]; money: (vnd: string) => string }) {
  return (
    <Table head={["Đề án", "Năm", "Nguồn", "Đơn vị thụ hưởng", "Địa bàn", "Kinh phí hỗ trợ"]}>
      {rows.map((r) => (
        <tr key={r.id} data-testid="public-de-an">
          <Td className="min-w-56">{r.ten}<span className="block text-xs text-slate-500">{r.noiDung}</span></Td>
          <Td>{r.nam}</Td>
          <Td>{r.nguonKinhPhi === "KCQG" ? "Quốc gia" : "Địa phương"}</Td>
          <Td>{r.donViThuHuong ?? "Nhiều cơ sở"}</Td>
          <Td>{[r.xa, r.tinh].filter(Boolean).join(", ")}{r.tinh && r.tinhHienNay && r.tinh !== r.tinhHienNay && <span className="block text-xs text-slate-500">nay thuộc {r.tinhHienNay}</span>}</Td>
          <Td className="tabular-nums">{money(r.kinhPhiHoTro)}</Td>
        </tr>
      ))}
    </Table>
  );
}
