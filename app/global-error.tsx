"use client";

// The root layout itself failed (e.g. the database went away while reading the session): a page with its
// own <html>, no dependency on the app's layout, styles or data.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          maxWidth: "40rem",
          margin: "3rem auto",
          padding: "0 1rem",
          lineHeight: 1.6,
          color: "#0f172a",
        }}
      >
        <main>
          <h1 style={{ fontSize: "1.5rem" }}>Hệ thống tạm thời gián đoạn</h1>
          <p role="alert">
            Cổng thông tin khuyến công chưa thể phục vụ yêu cầu này. Vui lòng thử lại sau ít phút; dữ liệu đã lưu không
            bị mất.
          </p>
          <p lang="en">
            The portal cannot serve this request right now. Please try again in a few minutes; saved data is not lost.
          </p>
          {error.digest && (
            <p>
              Mã sự cố / Incident code: <code>{error.digest}</code>
            </p>
          )}
          <p>
            <button
              type="button"
              onClick={reset}
              style={{
                minHeight: 44,
                padding: "0 1rem",
                background: "#1e40af",
                color: "#fff",
                border: 0,
                borderRadius: 6,
                fontWeight: 600,
              }}
            >
              Thử lại · Try again
            </button>
          </p>
        </main>
      </body>
    </html>
  );
}
