import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/dates";
import { getCallFormOptions, listCalls } from "@/lib/notifications/call-queries";
import { openCallAction } from "@/lib/notifications/call-actions";
import { Card, PageHeader } from "@/components/ui/card";
import { ActionForm, type FormFieldSpec } from "@/components/implementation/action-form";
import { todayIso } from "@/components/funding/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Đợt nhận đề án" : "Calls for proposals" };
}

/** Calls for proposals (đợt): opening one alerts the applicants whose subscription matches (issue 17). */
export default async function CallsPage() {
  const actor = await requireActor("plan.compose");
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const [calls, options] = await Promise.all([listCalls(actor), getCallFormOptions(actor)]);
  const fields: FormFieldSpec[] = [
    {
      name: "name",
      label: t("Tên đợt", "Name of the call"),
      required: true,
      hint: t("Ví dụ: Đợt 1 năm 2027 — đề án khuyến công địa phương", "e.g. Call 1 of 2027 — local-fund projects"),
    },
    {
      name: "opensAt",
      label: t("Nhận đề án từ ngày", "Open from"),
      type: "date",
      defaultValue: todayIso(),
      required: true,
    },
    { name: "closesAt", label: t("Đến hết ngày", "Until the end of"), type: "date", required: true },
    {
      name: "activityCodes",
      label: t(
        "Nội dung hoạt động (để trống = tất cả; giữ Ctrl để chọn nhiều)",
        "Activity contents (none = all; hold Ctrl for several)",
      ),
      type: "select",
      multiple: true,
      options: options.activities,
    },
    {
      name: "communeIds",
      label: t("Địa bàn xã/phường (để trống = toàn tỉnh)", "Communes (none = the whole province)"),
      type: "select",
      multiple: true,
      options: options.communes,
    },
    {
      name: "industries",
      label: t("Ngành nghề (cách nhau bằng dấu phẩy; để trống = tất cả)", "Industries (comma-separated; none = all)"),
    },
  ];
  return (
    <div>
      <PageHeader
        title={t("Đợt nhận đề án", "Calls for proposals")}
        subtitle={t(
          "Mở một đợt nhận đề án: cơ sở đã đăng ký nhận tin theo địa bàn, ngành nghề, nội dung phù hợp được báo ngay qua kênh họ chọn, và được nhắc trước khi đợt đóng.",
          "Open a call: applicants subscribed to a matching commune, industry or content are told at once on their chosen channels, and reminded before it closes.",
        )}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title={t("Các đợt đã mở", "Calls opened")}>
            {calls.length === 0 ? (
              <p className="text-sm text-slate-600">
                {t(
                  "Chưa có đợt nào. Mở đợt đầu tiên bằng biểu mẫu bên cạnh.",
                  "No call yet. Open the first one with the form alongside.",
                )}
              </p>
            ) : (
              <table className="w-full text-sm" data-testid="calls">
                <thead>
                  <tr className="text-left">
                    <th scope="col">{t("Đợt", "Call")}</th>
                    <th scope="col">{t("Thời gian", "Period")}</th>
                    <th scope="col">{t("Phạm vi", "Scope")}</th>
                    <th scope="col">{t("Đã báo", "Alerted")}</th>
                  </tr>
                </thead>
                <tbody>
                  {calls.map((c) => (
                    <tr key={c.id} className="border-t align-top">
                      <td className="py-2 font-medium">
                        {c.name}
                        {c.closed ? (
                          <span className="ml-2 text-xs text-slate-500">({t("đã đóng", "closed")})</span>
                        ) : null}
                      </td>
                      <td className="py-2">
                        {formatDate(c.opensAt)} – {formatDate(c.closesAt)}
                      </td>
                      <td className="py-2">
                        {[
                          c.activities.join(", ") || t("mọi nội dung", "any content"),
                          c.industries.join(", ") || t("mọi ngành nghề", "any industry"),
                          c.communes.join(", ") || t("toàn tỉnh", "whole province"),
                        ].join(" · ")}
                      </td>
                      <td className="py-2">{c.alerted}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Card>
        </div>
        <Card title={t("Mở đợt mới", "Open a call")}>
          <ActionForm
            action={openCallAction}
            fields={fields}
            submitLabel={t("Mở đợt và báo cho cơ sở", "Open and alert applicants")}
            testId="open-call-form"
            locale={locale}
            confirm={t(
              "Mở đợt nhận đề án? Cơ sở đã đăng ký phù hợp sẽ được báo ngay; thông báo đã gửi không thu hồi được.",
              "Open the call? Matching applicants are told at once; sent alerts cannot be recalled.",
            )}
          />
        </Card>
      </div>
    </div>
  );
}
