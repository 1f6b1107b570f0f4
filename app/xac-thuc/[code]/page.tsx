import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale } from "@/lib/i18n/locale";
import { formatDate, formatDateTime } from "@/lib/dates";
import { clientIp } from "@/lib/http/client-ip";
import { RateLimitError } from "@/lib/errors";
import { getVerification, type PublicVerification } from "@/lib/documents/issued";
import { checkCopyAction } from "@/lib/documents/actions";
import { Card, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ActionForm } from "@/components/implementation/action-form";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.xacThuc.code.page")("documentVerification") };
}

const STATUS = {
  VALID: { tone: "success", vi: "Còn hiệu lực", en: "Valid" },
  REPLACED: { tone: "warning", vi: "Đã được thay thế", en: "Replaced" },
  REVOKED: { tone: "danger", vi: "Đã bị thu hồi", en: "Revoked" },
} as const;

const KIND: Record<string, { vi: string; en: string }> = {
  APPROVE: { vi: "Quyết định phê duyệt hỗ trợ", en: "Approval decision" },
  REJECT: { vi: "Quyết định không phê duyệt", en: "Rejection decision" },
  RETURN: { vi: "Thông báo yêu cầu bổ sung hồ sơ", en: "Request for supplements" },
  CONTRACT: { vi: "Hợp đồng hỗ trợ kinh phí khuyến công", en: "Support contract" },
  ACCEPTANCE: { vi: "Biên bản nghiệm thu", en: "Acceptance minutes" },
  SETTLEMENT: { vi: "Quyết toán kinh phí", en: "Settlement" },
  RECEIPT: { vi: "Giấy tiếp nhận hồ sơ", en: "Submission receipt" },
};

/** Public: anyone holding a printed or downloaded document checks it here (issue 16). Rate-limited; no private data. */
export default async function VerifyPage({ params }: { params: Promise<{ code: string }> }) {
  const locale = await getLocale();
  const t = translator(locale, "app.xacThuc.code.page");
  const code = (await params).code.toUpperCase();
  let v: PublicVerification | null = null;
  let limited: string | null = null;
  try {
    v = await getVerification(code, clientIp(await headers()));
  } catch (e) {
    if (e instanceof RateLimitError) limited = e.message;
    else throw e;
  }
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("documentVerification")} subtitle={t("verificationCode", { code })} />
      {limited && (
        <p role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {limited}
        </p>
      )}
      {!limited && !v && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm" data-testid="verify-unknown">
          {t("noDocumentWasIssuedBy")}
        </p>
      )}
      {v && (
        <>
          <Card title={t("issuedDocument")}>
            <dl className="grid grid-cols-3 gap-2 text-sm" data-testid="verify-facts">
              <dt className="text-slate-600">{t("status")}</dt>
              <dd className="col-span-2">
                <Badge tone={STATUS[v.status].tone}>{STATUS[v.status][locale]}</Badge>
                {v.statusReason && (
                  <span className="ml-2">
                    {v.statusReason}
                    {v.statusAt && ` (${formatDateTime(v.statusAt)})`}
                  </span>
                )}
              </dd>
              <dt className="text-slate-600">{t("document")}</dt>
              <dd className="col-span-2">{KIND[v.kind]?.[locale] ?? v.kind}</dd>
              <dt className="text-slate-600">{t("issuer")}</dt>
              <dd className="col-span-2">{v.issuerName}</dd>
              <dt className="text-slate-600">{t("number")}</dt>
              <dd className="col-span-2">{v.number}</dd>
              <dt className="text-slate-600">{t("date")}</dt>
              <dd className="col-span-2">{formatDate(v.issuedOn)}</dd>
              <dt className="text-slate-600">{t("signedBy")}</dt>
              <dd className="col-span-2">
                {v.signerName}
                {v.signerTitle && `, ${v.signerTitle}`}
              </dd>
              <dt className="text-slate-600">{t("certificate")}</dt>
              <dd className="col-span-2">{v.certificate}</dd>
              <dt className="text-slate-600">SHA-256</dt>
              <dd className="col-span-2 break-all font-mono text-xs" data-testid="verify-sha256">
                {v.sha256}
              </dd>
            </dl>
          </Card>
          <div className="mt-4">
            <Card title={t("checkACopy")}>
              <p className="mb-2 text-sm text-slate-600">{t("chooseThePdfYouReceived")}</p>
              <ActionForm
                action={checkCopyAction.bind(null, v.code)}
                fields={[
                  {
                    name: "file",
                    label: t("pdfFile"),
                    type: "file",
                    accept: "application/pdf,.pdf",
                    required: true,
                  },
                ]}
                submitLabel={t("check")}
                testId="verify-copy-form"
                locale={locale}
              />
            </Card>
          </div>
        </>
      )}
    </div>
  );
}
