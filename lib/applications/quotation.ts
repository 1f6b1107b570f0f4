// Cost kinds whose support needs a supplier quotation attached (shared by the server check and the browser).
export const NEEDS_QUOTATION: readonly string[] = [
  "MACHINERY",
  "TECH_LINE",
  "DEMO_MODEL_NEW_TECH",
  "DEMO_MODEL_EXISTING",
  "POLLUTION_ESTABLISHMENT",
];
