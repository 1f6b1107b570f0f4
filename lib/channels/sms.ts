import {
  ChannelError,
  postJson,
  toMsisdn,
  type ChannelAdapter,
  type OutgoingMessage,
  type SendResult,
} from "@/lib/channels/types";

// SMS brandname through an eSMS-style HTTP JSON gateway (developers.esms.vn, "SendMultipleMessage_V4_post_json"):
//   POST {SMS_GATEWAY_URL}/MainService.svc/json/SendMultipleMessage_V4_post_json/
//   {"ApiKey","SecretKey","Phone","Content","Brandname","SmsType":"2","IsUnicode":"0","RequestId"}
//   → {"CodeResult":"100","SMSID":"…"} on success, else {"CodeResult":"<code>","ErrorMessage":"…"}.
// SmsType 2 = customer-care brandname (the only type allowed for transactional notices); the content is
// sent without diacritics (IsUnicode 0: 160 characters a segment instead of 70).
export type SmsConfig = { url: string; apiKey: string; secretKey: string; brandname: string; timeoutMs?: number };

/** The gateway's documented result codes (table of error codes) and what the queue does with each. */
export const SMS_CODES: Record<string, { permanent: boolean; vi: string }> = {
  "99": { permanent: true, vi: "Số điện thoại bị chặn trên hệ thống" },
  "101": { permanent: true, vi: "Sai ApiKey hoặc SecretKey" },
  "102": { permanent: true, vi: "Tài khoản chưa có bảng giá" },
  "103": { permanent: false, vi: "Tài khoản không đủ số dư (thử lại sau khi nạp)" },
  "104": { permanent: true, vi: "Brandname không tồn tại hoặc chưa đăng ký" },
  "108": { permanent: true, vi: "Số điện thoại không đúng định dạng" },
  "118": { permanent: true, vi: "Loại tin không được hỗ trợ" },
  "140": { permanent: true, vi: "IP chưa được cho phép gửi tin" },
  "146": { permanent: true, vi: "Nội dung không khớp mẫu tin chăm sóc khách hàng đã đăng ký" },
};

export function smsAdapter(cfg: SmsConfig): ChannelAdapter {
  const endpoint = `${cfg.url.replace(/\/$/, "")}/MainService.svc/json/SendMultipleMessage_V4_post_json/`;
  return {
    channel: "SMS",
    async send(m: OutgoingMessage): Promise<SendResult> {
      const body = {
        ApiKey: cfg.apiKey,
        SecretKey: cfg.secretKey,
        Phone: toMsisdn(m.to),
        Content: m.text,
        Brandname: cfg.brandname,
        SmsType: "2",
        IsUnicode: "0",
        RequestId: m.id,
      };
      const { status, json } = await postJson(endpoint, body, {}, cfg.timeoutMs ?? 10_000);
      const r = (json ?? {}) as { CodeResult?: string | number; SMSID?: string; ErrorMessage?: string };
      const code = r.CodeResult == null ? "" : String(r.CodeResult);
      if (code === "100") return { providerId: r.SMSID ?? null };
      // 124 = this RequestId was already accepted within 24 h: the message went out on an earlier try.
      if (code === "124") return { providerId: r.SMSID ?? null };
      if (!code)
        throw new ChannelError(
          `Cổng SMS trả lời không hợp lệ (HTTP ${status})`,
          status >= 400 && status < 500 && status !== 408,
          `http-${status}`,
        );
      const known = SMS_CODES[code];
      throw new ChannelError(
        `SMS ${code}: ${known?.vi ?? r.ErrorMessage ?? "lỗi không xác định"}`,
        known?.permanent ?? false,
        code,
      );
    },
  };
}
