import { buttonClass } from "@/components/ui/button";

/** Downloads of the view as seen (same filters); the print view uses the browser's print to PDF. */
export function ExportLinks({ query }: { query: string }) {
  const q = query ? `&${query}` : "";
  return (
    <div className="no-print flex flex-wrap gap-2">
      <a className={buttonClass("secondary")} href={`/api/export/dashboard?format=xlsx${q}`} download>Xuất Excel</a>
      <a className={buttonClass("secondary")} href={`/api/export/dashboard?format=csv${q}`} download>Xuất CSV</a>
      <a className={buttonClass("ghost")} href={`/lanh-dao/bao-cao/in?${query}`}>Bản in / PDF</a>
    </div>
  );
}
