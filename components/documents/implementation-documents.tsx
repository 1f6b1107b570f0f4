import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/locale";
import { orNotFound } from "@/lib/applications/or-not-found";
import { getAcceptanceDocument, getContractDocument, getSettlementDocument } from "@/lib/documents/queries";
import { acceptanceText, contractText, settlementText } from "@/lib/documents/texts";
import { officialHeading, vnDateLine } from "@/lib/documents/issuer";
import { issuedForProposal } from "@/lib/documents/issued-kinds";
import { DocView } from "@/components/documents/doc-view";
import { DocumentToolbar, IssuedPanel } from "@/components/documents/issued-panel";
import { PrintButton } from "@/components/implementation/print-button";
import { translator } from "@/lib/i18n/messages";

// The contract, acceptance minutes and settlement of a đề án as pages (issue 16), for staff under
// /can-bo/thuc-hien/<id>/… and for the beneficiary under /doanh-nghiep/thuc-hien/<id>/…: the HTML view to
// read and print, "Tải PDF" for the signed file, the verification code once it is issued. The documents stay
// Vietnamese; the chrome follows the locale.

type Props = { actor: Actor; id: string; base: string; locale: Locale };

function Chrome({
  base,
  id,
  locale,
  pdf,
  page,
  issued,
  actor,
  children,
}: Props & {
  pdf: string;
  page: string;
  issued: Awaited<ReturnType<typeof issuedForProposal>>[string] | undefined;
  children: React.ReactNode;
}) {
  const t = translator(locale, "components.documents.implementationDocuments");
  return (
    <>
      <DocumentToolbar pdfHref={pdf} locale={locale}>
        <Link href={`${base}/${id}`} className="mr-auto text-brand-700 underline">
          {t("backToTheProject")}
        </Link>
        <PrintButton locale={locale} />
      </DocumentToolbar>
      <IssuedPanel issued={issued} canRevoke={can(actor.role, "proposal.decide")} page={page} locale={locale} />
      {children}
    </>
  );
}

export async function ContractDocumentPage(props: Props) {
  const { actor, id, base } = props;
  const c = await orNotFound(getContractDocument(actor, id));
  const issued = (await issuedForProposal(actor, id))[`contract:${c.id}`];
  const page = `${base}/${id}/hop-dong`;
  return (
    <Chrome {...props} pdf={`${page}/hop-dong.pdf`} page={page} issued={issued}>
      <DocView
        head={null}
        text={contractText(c)}
        testId="contract-document"
        signatures={[
          {
            heading: ["ĐẠI DIỆN BÊN A", ...(c.partyA.title ? [c.partyA.title.toUpperCase()] : [])],
            name: c.partyA.representative,
          },
          {
            heading: ["ĐẠI DIỆN BÊN B", ...(c.partyB.title ? [c.partyB.title.toUpperCase()] : [])],
            name: c.partyB.representative,
          },
        ]}
      />
    </Chrome>
  );
}

export async function MinutesDocumentPage(props: Props & { acceptanceId: string }) {
  const { actor, id, base, acceptanceId } = props;
  const a = await orNotFound(getAcceptanceDocument(actor, id, acceptanceId));
  const issued = (await issuedForProposal(actor, id))[`acceptance:${a.id}`];
  const page = `${base}/${id}/bien-ban/${a.id}`;
  return (
    <Chrome {...props} pdf={`${page}/bien-ban.pdf`} page={page} issued={issued}>
      <DocView
        head={{ issuer: a.issuer, number: a.number, dateLine: vnDateLine(a.acceptedAt, a.issuer.place) }}
        text={acceptanceText(a)}
        testId="acceptance-minutes"
        signatures={[
          { heading: ["ĐẠI DIỆN ĐƠN VỊ THỤ HƯỞNG"], name: a.partyB.representative },
          {
            heading: ["ĐẠI DIỆN CƠ QUAN NGHIỆM THU", ...(a.signer.title ? [a.signer.title.toUpperCase()] : [])],
            name: a.signer.name,
          },
        ]}
      />
    </Chrome>
  );
}

export async function SettlementDocumentPage(props: Props) {
  const { actor, id, base } = props;
  const s = await orNotFound(getSettlementDocument(actor, id));
  const issued = (await issuedForProposal(actor, id))[`settlement:${s.id}`];
  const page = `${base}/${id}/quyet-toan`;
  return (
    <Chrome {...props} pdf={`${page}/quyet-toan.pdf`} page={page} issued={issued}>
      <DocView
        head={{ issuer: s.issuer, number: s.number, dateLine: vnDateLine(s.settledAt, s.issuer.place) }}
        text={settlementText(s)}
        testId="settlement-document"
        signatures={[{ heading: officialHeading(s.signer.title, s.issuer), name: s.signer.name }]}
      />
    </Chrome>
  );
}
