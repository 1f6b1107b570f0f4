import { randomUUID } from "node:crypto";
import {
  ForbiddenError,
  isExpectedError,
  NotFoundError,
  RateLimitError,
  ValidationError,
  WorkflowError,
} from "@/lib/errors";
import { StorageUnavailableError } from "@/lib/storage/types";
import { logError } from "@/lib/log";

/** HTTP answer of the upload route for an error: Vietnamese message, never a stack trace. */
export function uploadErrorResponse(e: unknown): Response {
  const json = (status: number, body: Record<string, unknown>, headers?: HeadersInit) =>
    Response.json(body, { status, headers });
  if (e instanceof StorageUnavailableError) return json(503, { message: e.message }, { "Retry-After": "60" });
  if (e instanceof ValidationError) return json(422, { message: e.message, fieldErrors: e.fieldErrors });
  if (e instanceof NotFoundError) return json(404, { message: e.message });
  if (e instanceof ForbiddenError) return json(403, { message: e.message });
  if (e instanceof WorkflowError) return json(409, { message: e.message });
  if (e instanceof RateLimitError) return json(429, { message: e.message });
  if (isExpectedError(e)) return json(400, { message: e.message });
  const id = randomUUID().slice(0, 8);
  logError(id, e);
  return json(500, { message: `Đã có lỗi hệ thống (mã ${id}). Tệp chưa được lưu; vui lòng thử lại.` });
}
