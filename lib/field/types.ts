// What the field app's list and sync exchange (issue 19): shared by the server side (lib/field/visits.ts) and the
// device side (components/field); types only, no I/O.
export type FieldItem = {
  id: string;
  code: string | null;
  title: string;
  establishment: string | null;
  commune: string | null;
  location: string | null;
  status: string;
  statusLabel: string;
  version: number;
  lastVisit: string | null;
  /** Acceptance scheduled for today (Vietnam time): these come first. */
  scheduledToday: boolean;
};

export type FieldList = { listedAt: string; items: FieldItem[]; more: boolean };

export type FieldChange = { at: string; what: string; by: string | null };
