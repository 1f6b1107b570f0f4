import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/i;

/**
 * The portal's public address for what a page prints (the receipt's lookup address, issue 13.9): APP_URL
 * when set; otherwise the address the visitor reached this request on (its Host header, and the scheme a
 * proxy in front reports), so a portal on another port never prints "http://localhost:3000".
 */
export async function publicBaseUrl(): Promise<string> {
  const e = env();
  if (e.appUrlConfigured) return e.APP_URL.replace(/\/$/, "");
  const h = await headers();
  return baseUrlFrom(h.get("host"), h.get("x-forwarded-proto")) ?? e.APP_URL;
}

/** `host` and the forwarded scheme → "http(s)://host[:port]", or null when the host is missing or malformed. Pure. */
export function baseUrlFrom(host: string | null, forwardedProto: string | null): string | null {
  if (!host || !HOST.test(host)) return null;
  const proto = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return `${proto === "https" ? "https" : "http"}://${host.toLowerCase()}`;
}

/** The start-up warning production gets when APP_URL is unset (e-mail links would say localhost). */
export function appUrlWarning(): string | null {
  const e = env();
  if (e.NODE_ENV !== "production" || e.appUrlConfigured) return null;
  return `[cảnh báo] APP_URL chưa được đặt: trang in địa chỉ theo yêu cầu của người dùng, nhưng e-mail gửi ngoài yêu cầu sẽ dùng ${e.APP_URL}. Đặt APP_URL là địa chỉ công khai của cổng (ví dụ https://khuyencong.tinh.gov.vn).`;
}
