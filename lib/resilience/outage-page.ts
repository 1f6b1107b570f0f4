// Plain answers the portal's server gives without Next, the database, scripts or stylesheets: the
// database is away (503), the instance is saturated (503), the body is too large (413). Vietnamese first,
// English second. JSON for /api/ and for server actions' fetches; HTML for people.
export const OUTAGE_RETRY_SECONDS = 30;
export const OVERLOAD_RETRY_SECONDS = 5;

type Plain = { status: number; retryAfter?: number; title: string; vi: string[]; en: string; code: string };

export const OUTAGE: Plain = {
  status: 503,
  retryAfter: OUTAGE_RETRY_SECONDS,
  code: "DATABASE_UNAVAILABLE",
  title: "Hệ thống tạm thời gián đoạn",
  vi: [
    "Cơ sở dữ liệu của Cổng thông tin khuyến công đang tạm ngừng phục vụ. Dữ liệu của bạn không bị mất; các thao tác chưa hoàn tất chưa được ghi nhận.",
    `Vui lòng thử lại sau khoảng ${OUTAGE_RETRY_SECONDS} giây. Nếu cần gấp, liên hệ bộ phận một cửa của Sở Công Thương.`,
  ],
  en: "The service is temporarily unavailable (database). Nothing you saved is lost; unfinished actions were not recorded. Please try again shortly.",
};

export const OVERLOAD: Plain = {
  status: 503,
  retryAfter: OVERLOAD_RETRY_SECONDS,
  code: "OVERLOADED",
  title: "Hệ thống đang quá tải",
  vi: [
    "Cổng thông tin đang phục vụ nhiều yêu cầu cùng lúc nên chưa xử lý được yêu cầu này. Thao tác của bạn chưa được ghi nhận.",
    `Vui lòng thử lại sau khoảng ${OVERLOAD_RETRY_SECONDS} giây.`,
  ],
  en: "The portal is busy serving many requests at once; this one was not processed. Please try again in a few seconds.",
};

export function tooLarge(limitMb: number): Plain {
  return {
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    title: "Dữ liệu gửi lên quá lớn",
    vi: [
      `Yêu cầu vượt quá ${limitMb} MB nên không được nhận. Mỗi tệp đính kèm tối đa 10 MB; hãy nén hoặc chia nhỏ tệp rồi gửi lại.`,
    ],
    en: `The request is larger than ${limitMb} MB and was not accepted. Each attachment may be at most 10 MB.`,
  };
}

export function plainHtml(p: Plain): string {
  const paras = p.vi.map((s, i) => `<p${i === 0 ? ' role="alert"' : ""}>${s}</p>`).join("\n");
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title} — Cổng khuyến công</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#0f172a;line-height:1.6}h1{font-size:1.5rem}a{color:#1d4ed8}</style></head>
<body><main><h1>${p.title}</h1>
${paras}
<p><a href="">Tải lại trang</a> · <a href="/">Trang chủ</a></p>
<p lang="en">${p.en}</p></main></body></html>`;
}

export function plainJson(p: Plain): string {
  return JSON.stringify({
    error: p.vi.join(" "),
    errorEn: p.en,
    code: p.code,
    ...(p.retryAfter ? { retryAfter: p.retryAfter } : {}),
  });
}

/** Status, headers and body of a plain answer; `json` for API clients and server actions. */
export function plainAnswer(
  p: Plain,
  json: boolean,
): { status: number; headers: Record<string, string>; body: string } {
  const headers: Record<string, string> = {
    "Content-Type": json ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
  };
  if (p.retryAfter) headers["Retry-After"] = String(p.retryAfter);
  return { status: p.status, headers, body: json ? plainJson(p) : plainHtml(p) };
}

/** The outage as a web Response (route handlers). */
export function outageResponse(json = false): Response {
  const a = plainAnswer(OUTAGE, json);
  return new Response(a.body, { status: a.status, headers: a.headers });
}
