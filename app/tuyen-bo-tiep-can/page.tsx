import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "@/lib/i18n/locale";
import { env } from "@/lib/env";
import { routes } from "@/lib/routes";
import { submitFeedbackAction } from "@/lib/feedback/actions";
import { FEEDBACK_WORKING_DAYS } from "@/lib/feedback/mutations";
import { PageHeader } from "@/components/ui/card";
import { FeedbackForm } from "@/components/feedback/feedback-forms";

// The accessibility statement (issue 20). What it says is what the repository does: tests/e2e/a11y.spec.ts runs
// axe-core with the WCAG 2.1 A and AA rules on the pages listed there in every CI run and fails on a serious or
// critical violation; the limitations below are the ones known. REVIEWED is the date this text was last checked
// against the code.
const REVIEWED = "04/12/2026";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Tuyên bố về khả năng tiếp cận" : "Accessibility statement" };
}

export default async function Page() {
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const e = env();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title={t("Tuyên bố về khả năng tiếp cận", "Accessibility statement")}
        subtitle={t(
          `${e.PORTAL_OPERATOR} cam kết để mọi người, kể cả người khuyết tật và người dùng điện thoại, sử dụng được cổng khuyến công.`,
          `${e.PORTAL_OPERATOR} is committed to making the khuyến công portal usable by everyone, including people with disabilities and phone users.`,
        )}
      />
      <section aria-labelledby="level">
        <h2 id="level" className="text-lg font-bold">
          {t("Mức độ đáp ứng", "Conformance")}
        </h2>
        <p className="mt-1">
          {t(
            "Mục tiêu: WCAG 2.1 mức AA. Hiện trạng: đáp ứng một phần — các trang chính không còn lỗi nghiêm trọng theo kiểm tra tự động; còn các hạn chế nêu dưới đây.",
            "Target: WCAG 2.1 level AA. Status: partially conformant — the main pages have no serious automated-check failure; the limitations below remain.",
          )}
        </p>
      </section>
      <section aria-labelledby="how">
        <h2 id="how" className="text-lg font-bold">
          {t("Cách kiểm tra", "How it is checked")}
        </h2>
        <ul className="mt-1 list-disc space-y-1 pl-6">
          <li>
            {t(
              "Mỗi lần cập nhật phần mềm, bộ kiểm thử tự động chạy axe-core (quy tắc WCAG 2.1 A và AA) trên các trang công khai và các trang chính của từng vai trò trong trình duyệt Chromium; lỗi mức nghiêm trọng hoặc rất nghiêm trọng làm bản cập nhật không được phát hành.",
              "On every software update, the automated tests run axe-core (WCAG 2.1 A and AA rules) on the public pages and each role's main pages in Chromium; a serious or critical failure stops the release.",
            )}
          </li>
          <li>
            {t(
              "Kiểm thử bàn phím tự động: đi hết các trang chính bằng phím Tab, có liên kết “Bỏ qua đến nội dung” và vòng sáng khi nhận tiêu điểm.",
              "Automated keyboard tests: the main journeys by Tab alone, with a skip link and a visible focus ring.",
            )}
          </li>
          <li>
            {t(
              "Chưa kiểm tra thủ công với trình đọc màn hình (NVDA, TalkBack) và chưa có đánh giá độc lập.",
              "Not yet tested by hand with screen readers (NVDA, TalkBack), and no independent audit yet.",
            )}
          </li>
        </ul>
      </section>
      <section aria-labelledby="limits">
        <h2 id="limits" className="text-lg font-bold">
          {t("Hạn chế đã biết", "Known limitations")}
        </h2>
        <ul className="mt-1 list-disc space-y-1 pl-6">
          <li>
            {t(
              "Văn bản PDF có chữ ký số (quyết định, hợp đồng, biên bản, quyết toán, báo cáo) chưa gắn thẻ cấu trúc (tagged PDF): trình đọc màn hình đọc được chữ nhưng không có tiêu đề, bảng. Nội dung tương đương có ở trang HTML của hồ sơ.",
              "Signed PDF documents (decisions, contracts, minutes, settlements, reports) are not tagged PDF: screen readers read the text but not headings or tables. The same content is on the dossier's HTML page.",
            )}
          </li>
          <li>
            {t(
              "Biểu đồ trên bảng điều khiển là hình: số liệu của chúng có ở bảng ngay cạnh.",
              "Dashboard charts are images: their figures are in the table beside them.",
            )}
          </li>
          <li>
            {t(
              "Mã xác thực hai bước đổi sau 30 giây (giới hạn thời gian do an toàn thông tin); phiên đăng nhập hết hạn sau 8 giờ, dữ liệu đang nhập trên biểu mẫu được giữ khi gửi lại.",
              "Two-step codes change every 30 seconds (a security time limit); a session ends after 8 hours; what was typed in a form is kept when it is sent again.",
            )}
          </li>
          <li>
            {t(
              "Các trang tiếng Anh dịch phần giao diện; văn bản pháp lý và văn bản đã ký chỉ có tiếng Việt.",
              "English pages translate the interface; legal and signed documents are in Vietnamese only.",
            )}
          </li>
        </ul>
      </section>
      <section aria-labelledby="report">
        <h2 id="report" className="text-lg font-bold">
          {t("Báo một rào cản tiếp cận", "Report a barrier")}
        </h2>
        <p className="mt-1">
          {t(
            `Gặp trang không dùng được? Hãy cho chúng tôi biết. Bạn nhận mã để tra cứu tại trang Phản ánh, kiến nghị; Sở trả lời trong ${FEEDBACK_WORKING_DAYS} ngày làm việc.`,
            `Found a page you cannot use? Tell us. You get a code to follow on the Feedback page; the department answers within ${FEEDBACK_WORKING_DAYS} working days.`,
          )}
        </p>
        <FeedbackForm action={submitFeedbackAction} locale={locale} kind="ACCESSIBILITY" idPrefix="a11y" />
        <p className="mt-2 text-sm">
          <Link className="text-brand-700 underline" href={routes.feedback}>
            {t("Tra cứu phản ánh đã gửi", "Follow feedback you sent")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="date">
        <h2 id="date" className="text-lg font-bold">
          {t("Ngày rà soát", "Last reviewed")}
        </h2>
        <p className="mt-1">
          {t(`Tuyên bố này được rà soát ngày ${REVIEWED}.`, `This statement was last reviewed on ${REVIEWED}.`)}{" "}
          {e.PORTAL_OPERATOR} — {e.PORTAL_OPERATOR_PARENT}. {e.PORTAL_OPERATOR_CONTACT}
        </p>
      </section>
    </div>
  );
}
