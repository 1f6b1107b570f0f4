// The answer while the database is away: 503 with Retry-After and a plain Vietnamese page that needs no
// database, no script and no stylesheet (the app's chrome reads the session and the catalogue).
export const OUTAGE_RETRY_SECONDS = 30;

export function outageHtml(): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hệ thống tạm gián đoạn — Cổng khuyến công</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#0f172a;line-height:1.6}h1{font-size:1.5rem}a{color:#1d4ed8}</style></head>
<body><main><h1>Hệ thống tạm thời gián đoạn</h1>
<p role="alert">Cơ sở dữ liệu của Cổng thông tin khuyến công đang tạm ngừng phục vụ. Dữ liệu của bạn không bị mất; các thao tác chưa hoàn tất chưa được ghi nhận.</p>
<p>Vui lòng thử lại sau khoảng ${OUTAGE_RETRY_SECONDS} giây. Nếu cần gấp, liên hệ bộ phận một cửa của Sở Công Thương.</p>
<p><a href="">Tải lại trang</a></p>
<p lang="en">The service is temporarily unavailable. Please try again shortly.</p></main></body></html>`;
}

export function outageResponse(): Response {
  return new Response(outageHtml(), {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(OUTAGE_RETRY_SECONDS), "Cache-Control": "no-store" },
  });
}
