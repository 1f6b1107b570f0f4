// The field app's storage on the device (issue 19): IndexedDB through `idb`. The day's list as last loaded, and each
// visit recorded here — with its photos as Blobs — until the portal has it. Nothing here is sent anywhere by itself:
// components/field/sync.ts sends the records when the connection returns.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";

import type { FieldChange, FieldItem, FieldList } from "@/lib/field/types";

export type { FieldChange, FieldItem, FieldList };

export type FieldPhoto = {
  name: string;
  blob: Blob;
  takenAt: string;
  latitude: number | null;
  longitude: number | null;
  accuracyM: number | null;
};

export type FieldConflict = {
  current: { status: string; statusLabel: string; version: number };
  changes: FieldChange[];
  canKeep: boolean;
};

/** chưa gửi / đang gửi / đã gửi / xung đột / cần sửa. */
export type RecordState = "pending" | "sending" | "sent" | "conflict" | "invalid";

export type FieldRecord = {
  clientId: string;
  proposalId: string;
  proposalTitle: string;
  proposalCode: string | null;
  baseVersion: number;
  listedAt: string;
  recordedAt: string;
  fields: { kind: "MONITORING" | "POST_CHECK"; visitedAt: string; findings: string; compliant: "yes" | "no" };
  photos: FieldPhoto[];
  state: RecordState;
  message?: string;
  conflict?: FieldConflict;
  resolve?: "keep";
  visitId?: string;
  sentAt?: string;
};

interface FieldDb extends DBSchema {
  list: { key: string; value: FieldList };
  records: { key: string; value: FieldRecord };
}

let dbPromise: Promise<IDBPDatabase<FieldDb>> | null = null;

function db(): Promise<IDBPDatabase<FieldDb>> {
  dbPromise ??= openDB<FieldDb>("kc-field", 1, {
    upgrade(d) {
      d.createObjectStore("list");
      d.createObjectStore("records", { keyPath: "clientId" });
    },
  });
  return dbPromise;
}

export async function saveList(list: FieldList): Promise<void> {
  await (await db()).put("list", list, "day");
}

export async function loadList(): Promise<FieldList | undefined> {
  return (await db()).get("list", "day");
}

export async function putRecord(r: FieldRecord): Promise<void> {
  await (await db()).put("records", r);
}

export async function allRecords(): Promise<FieldRecord[]> {
  const rows = await (await db()).getAll("records");
  return rows.sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
}

export async function deleteRecord(clientId: string): Promise<void> {
  await (await db()).delete("records", clientId);
}
