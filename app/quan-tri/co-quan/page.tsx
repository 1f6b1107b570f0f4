import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { orNotFound } from "@/lib/applications/or-not-found";
import { getOwnAgencyDetails, getOwnHandlingLimit } from "@/lib/agencies/details";
import { updateAgencyDetailsAction, updateHandlingLimitAction } from "@/lib/agencies/actions";
import { Card, PageHeader } from "@/components/ui/card";
import { ActionForm } from "@/components/implementation/action-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Thông tin cơ quan trên văn bản" : "Agency details on documents" };
}

/** What the agency's contracts and minutes print about it (Bên A): representative, address, tax code, treasury account. */
export default async function AgencyDetailsPage() {
  const actor = await requireActor("users.manage");
  const a = await orNotFound(getOwnAgencyDetails(actor));
  const h = await getOwnHandlingLimit(actor);
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <>
      <PageHeader title={t("Thông tin cơ quan trên văn bản", "Agency details on documents")} subtitle={a.name} />
      {a.illustrative && (
        <p
          role="note"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
          data-testid="agency-illustrative"
        >
          {t(
            "Thông tin hiện tại là dữ liệu minh họa: hợp đồng, biên bản in kèm chữ “minh họa”. Nhập thông tin thật của cơ quan để bỏ ghi chú này.",
            "The current details are demo data: contracts and minutes print them marked “minh họa”. Enter the agency's real details to remove the mark.",
          )}
        </p>
      )}
      <Card title={t("Bên A của hợp đồng hỗ trợ", "Party A of the support contract")}>
        <ActionForm
          action={updateAgencyDetailsAction}
          submitLabel={t("Lưu", "Save")}
          testId="agency-details-form"
          locale={locale}
          fields={[
            {
              name: "representativeName",
              label: t("Người đại diện ký hợp đồng", "Representative who signs contracts"),
              defaultValue: a.representativeName,
              required: true,
            },
            {
              name: "representativeTitle",
              label: t("Chức vụ", "Title"),
              defaultValue: a.representativeTitle,
              required: true,
            },
            { name: "address", label: t("Địa chỉ", "Address"), defaultValue: a.address, required: true },
            {
              name: "taxCode",
              label: t("Mã số thuế / mã đơn vị quan hệ ngân sách", "Tax code / budget-unit code"),
              defaultValue: a.taxCode,
              required: true,
            },
            {
              name: "treasuryAccount",
              label: t("Số tài khoản tại Kho bạc Nhà nước", "State Treasury account number"),
              defaultValue: a.treasuryAccount,
              required: true,
            },
            {
              name: "treasuryName",
              label: t("Mở tại Kho bạc Nhà nước", "Treasury office"),
              defaultValue: a.treasuryName,
              required: true,
            },
          ]}
        />
      </Card>
      <Card title={t("Thời hạn giải quyết hồ sơ", "Handling time limit of dossiers")} className="mt-6">
        <p className="mb-3 text-sm text-slate-700">
          {t(
            "Theo quyết định công bố thủ tục hành chính của tỉnh, tính bằng ngày làm việc từ khi nhận đủ hồ sơ đến khi có kết quả; dùng cho chỉ số “giải quyết đúng hạn”.",
            "As the province's published list of procedures sets it, in working days from a complete dossier to the result; used by the “handled on time” index.",
          )}
        </p>
        {h.illustrative && (
          <p
            role="note"
            className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
            data-testid="handling-illustrative"
          >
            {t(
              "Thời hạn hiện tại là minh họa. Nhập thời hạn và văn bản quy định thật để bỏ ghi chú này.",
              "The current limit is illustrative. Enter the real limit and its instrument to remove the mark.",
            )}
          </p>
        )}
        <ActionForm
          action={updateHandlingLimitAction}
          submitLabel={t("Lưu thời hạn", "Save the limit")}
          testId="handling-limit-form"
          locale={locale}
          fields={[
            {
              name: "handlingWorkingDays",
              type: "number",
              label: t("Số ngày làm việc", "Working days"),
              defaultValue: h.limit === null ? "" : String(h.limit),
              required: true,
            },
            {
              name: "handlingBasis",
              label: t("Văn bản quy định (số, ngày, cơ quan ban hành)", "Instrument (number, date, issuer)"),
              defaultValue: h.illustrative ? "" : h.basis,
              required: true,
            },
          ]}
        />
      </Card>
    </>
  );
}
