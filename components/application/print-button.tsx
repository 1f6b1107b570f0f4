"use client";

import { Button } from "@/components/ui/button";

export function PrintButton() {
  return <Button type="button" variant="secondary" className="no-print" onClick={() => window.print()}>In biên nhận</Button>;
}
