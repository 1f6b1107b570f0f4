"use client";

import { Button } from "@/components/ui/button";

export function PrintDocumentButton() {
  return <Button type="button" variant="secondary" onClick={() => window.print()}>In / Lưu PDF</Button>;
}
