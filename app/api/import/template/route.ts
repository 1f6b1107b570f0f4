import { buildImportTemplate } from "@/lib/import/template";
import { attachment, withActor, XLSX_TYPE } from "@/lib/reports/http";

// GET /api/import/template — the Excel template with the code lists of the user's province.
export async function GET(): Promise<Response> {
  return withActor("data.import", async (actor) => {
    const buf = await buildImportTemplate(actor);
    return attachment(new Uint8Array(buf), XLSX_TYPE, "mau-nhap-du-lieu-khuyen-cong.xlsx");
  });
}
