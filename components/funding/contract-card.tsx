import Link from "next/link";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { ActionForm } from "@/components/implementation/action-form";
import { money, todayIso } from "@/components/funding/money";
import { formatDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locale";
import { signContractAction, startWorkAction } from "@/lib/funding/actions";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";

export function ContractCard({
  d,
  canManage,
  locale,
}: {
  d: ImplementationDetail;
  canManage: boolean;
  locale: Locale;
}) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const c = d.contract;
  return (
    <Card
      title={t("Hợp đồng hỗ trợ", "Support contract")}
      actions={
        c && (
          <div className="flex flex-wrap gap-2">
            <Link href={`/can-bo/thuc-hien/${d.id}/hop-dong`} className={buttonClass("secondary")}>
              {t("Xem, in hợp đồng", "View, print the contract")}
            </Link>
            <a
              href={`/can-bo/thuc-hien/${d.id}/hop-dong/hop-dong.pdf`}
              className={buttonClass("secondary")}
              data-testid="contract-pdf"
            >
              {t("Tải PDF", "Download PDF")}
            </a>
          </div>
        )
      }
    >
      {c ? (
        <dl className="grid gap-2 text-sm sm:grid-cols-2" data-testid="contract-info">
          <div>
            <dt className="text-slate-600">{t("Số hợp đồng", "Contract number")}</dt>
            <dd className="font-semibold">{c.number}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("Ngày ký", "Signed on")}</dt>
            <dd>{formatDate(c.signedAt)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("Bên A", "Party A")}</dt>
            <dd>{c.partyA}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("Bên B", "Party B")}</dt>
            <dd>{c.partyB}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("Giá trị hỗ trợ", "Support amount")}</dt>
            <dd className="font-semibold">{money(c.amount)}</dd>
          </div>
        </dl>
      ) : d.actions.includes("signContract") && canManage ? (
        <>
          <p className="mb-3 text-sm text-slate-700">
            {locale === "vi"
              ? `Đề án đã được phê duyệt với kinh phí hỗ trợ ${money(d.approvedSupport)}. Ký hợp đồng để ghi cam kết vào sổ kinh phí.`
              : `The project was approved with support of ${money(d.approvedSupport)}. Sign the contract to record the commitment in the ledger.`}
          </p>
          <ActionForm
            action={signContractAction.bind(null, d.id)}
            submitLabel={t("Ký hợp đồng hỗ trợ", "Sign the support contract")}
            testId="sign-contract-form"
            locale={locale}
            confirm={t(
              "Ký hợp đồng hỗ trợ? Số hợp đồng sẽ được cấp và không thể thu hồi.",
              "Sign the support contract? A contract number will be issued and cannot be withdrawn.",
            )}
            fields={[
              {
                name: "signedAt",
                label: t("Ngày ký", "Signed on"),
                type: "date",
                defaultValue: todayIso(),
                required: true,
              },
              {
                name: "partyA",
                label: t("Bên A (cơ quan hỗ trợ)", "Party A (supporting agency)"),
                defaultValue: d.agencyName,
              },
              {
                name: "partyB",
                label: t("Bên B (đơn vị thụ hưởng)", "Party B (beneficiary)"),
                defaultValue: d.establishment?.name ?? d.implementingUnit ?? "",
              },
              {
                name: "copies",
                label: t("Số bản hợp đồng (mỗi bên giữ một nửa)", "Number of copies (each party keeps half)"),
                type: "number",
                min: 2,
                max: 10,
                defaultValue: "4",
              },
            ]}
          />
        </>
      ) : (
        <p className="text-sm text-slate-600">
          {t(
            "Chưa có hợp đồng. Hợp đồng được ký sau khi đề án được phê duyệt.",
            "No contract yet. The contract is signed once the project is approved.",
          )}
        </p>
      )}
      {c && d.actions.includes("startWork") && canManage && (
        <div className="mt-4 border-t pt-4">
          <ActionForm
            action={startWorkAction.bind(null, d.id)}
            fields={[]}
            submitLabel={t("Bắt đầu thực hiện", "Start implementation")}
            variant="secondary"
            testId="start-work-form"
            locale={locale}
          />
        </div>
      )}
    </Card>
  );
}
