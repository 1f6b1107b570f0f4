import {
  ChannelError,
  postJson,
  toMsisdn,
  type ChannelAdapter,
  type OutgoingMessage,
  type SendResult,
} from "@/lib/channels/types";

// Zalo Notification Service (ZNS): a template pre-approved by Zalo, filled with parameters.
//   POST https://business.openapi.zalo.me/message/template   header access_token: <OA access token>
//   {"phone":"84…","template_id":"…","template_data":{…},"tracking_id":"…"}
//   → {"error":0,"message":"Success","data":{"msg_id":"…","sent_time":"…"}} or {"error":<negative code>,"message":"…"}.
// Error codes from zalo.cloud/zns/guidelines/handle-error-code. A rendered ZNS message is at most 400
// characters, so the parameters are cut to fit before sending (ZNS_MAX_CHARS).
export type ZaloConfig = { url: string; accessToken: string; templateId: string; timeoutMs?: number };

export const ZNS_MAX_CHARS = 400;

export const ZNS_CODES: Record<string, { permanent: boolean; vi: string }> = {
  "-100": { permanent: false, vi: "Lỗi không xác định, thử lại sau" },
  "-108": { permanent: true, vi: "Số điện thoại không hợp lệ" },
  "-109": { permanent: true, vi: "ID mẫu ZNS không hợp lệ hoặc mẫu chưa được duyệt" },
  "-111": { permanent: true, vi: "Mẫu ZNS không có dữ liệu" },
  "-112": { permanent: true, vi: "Dữ liệu mẫu ZNS không hợp lệ" },
  "-114": { permanent: true, vi: "Người dùng không nhận được ZNS (tài khoản, tùy chọn nhận tin hoặc phiên bản Zalo)" },
  "-115": { permanent: false, vi: "Tài khoản ZNS hết hạn mức hoặc không đủ số dư" },
  "-118": { permanent: true, vi: "Tài khoản Zalo không tồn tại hoặc đã bị vô hiệu hóa" },
  "-124": { permanent: true, vi: "Access token không hợp lệ hoặc đã hết hạn" },
};

/** Parameters cut so that their total stays within the 400 characters of a ZNS message. */
export function fitZnsParams(params: Record<string, string>, max = ZNS_MAX_CHARS): Record<string, string> {
  const out = { ...params };
  let total = Object.values(out).reduce((n, v) => n + v.length, 0);
  // Cut the longest parameter first: codes and links stay whole, the free text gives way.
  while (total > max) {
    const [k, v] = Object.entries(out).sort((a, b) => b[1].length - a[1].length)[0] ?? ["", ""];
    const cut = Math.min(total - max + 1, v.length);
    out[k] = `${v.slice(0, v.length - cut)}…`;
    total = Object.values(out).reduce((n, x) => n + x.length, 0);
  }
  return out;
}

export function zaloAdapter(cfg: ZaloConfig): ChannelAdapter {
  return {
    channel: "ZALO",
    async send(m: OutgoingMessage): Promise<SendResult> {
      const body = {
        phone: toMsisdn(m.to),
        template_id: cfg.templateId,
        template_data: fitZnsParams(m.params),
        tracking_id: m.id,
      };
      const { status, json } = await postJson(
        cfg.url,
        body,
        { access_token: cfg.accessToken },
        cfg.timeoutMs ?? 10_000,
      );
      const r = (json ?? {}) as { error?: number; message?: string; data?: { msg_id?: string } };
      if (r.error === 0) return { providerId: r.data?.msg_id ?? null };
      if (typeof r.error !== "number")
        throw new ChannelError(`Zalo trả lời không hợp lệ (HTTP ${status})`, false, `http-${status}`);
      const code = String(r.error);
      const known = ZNS_CODES[code];
      throw new ChannelError(
        `ZNS ${code}: ${known?.vi ?? r.message ?? "lỗi không xác định"}`,
        known?.permanent ?? false,
        code,
      );
    },
  };
}
