import "server-only";
import { env } from "@/lib/env";
import { smsAdapter } from "@/lib/channels/sms";
import { zaloAdapter } from "@/lib/channels/zalo";
import type { ChannelAdapter } from "@/lib/channels/types";

export type Adapters = Partial<Record<"SMS" | "ZALO", ChannelAdapter>>;

/** The adapters whose settings are complete in the environment; a channel without them is off. */
export function adaptersFromEnv(): Adapters {
  const e = env();
  const out: Adapters = {};
  if (e.SMS_GATEWAY_URL && e.SMS_API_KEY && e.SMS_SECRET_KEY && e.SMS_BRANDNAME) {
    out.SMS = smsAdapter({
      url: e.SMS_GATEWAY_URL,
      apiKey: e.SMS_API_KEY,
      secretKey: e.SMS_SECRET_KEY,
      brandname: e.SMS_BRANDNAME,
    });
  }
  if (e.ZALO_OA_ACCESS_TOKEN && e.ZALO_ZNS_TEMPLATE_ID) {
    out.ZALO = zaloAdapter({
      url: e.ZALO_ZNS_URL,
      accessToken: e.ZALO_OA_ACCESS_TOKEN,
      templateId: e.ZALO_ZNS_TEMPLATE_ID,
    });
  }
  return out;
}
