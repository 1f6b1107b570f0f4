"use client";

import { buttonClass } from "@/components/ui/button";

/** Opens the browser's print dialog (print to PDF); hidden on paper. */
export function PrintButton() {
  return <button type="button" className={buttonClass("primary", "no-print")} onClick={() => window.print()}>In / lưu PDF</button>;
}
