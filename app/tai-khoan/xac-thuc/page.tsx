import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { stepUpAction } from "@/lib/session/account-actions";
import { getLocale } from "@/lib/i18n/locale";
import { Card, PageHeader } from "@/components/ui/card";
import { CodeForm } from "@/components/auth/code-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Xác thực hai yếu tố" : "Confirm second factor" };
}

/** Step-up: a fresh code before a decision or a rule change (issue 22). */
export default async function StepUpPage() {
  await requireActor();
  const vi = (await getLocale()) === "vi";
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title={vi ? "Xác thực hai yếu tố" : "Confirm second factor"}
        subtitle={
          vi
            ? "Quyết định phê duyệt và thay đổi định mức hỗ trợ cần mã xác thực gần đây."
            : "Decisions and support-cap changes need a recent code."
        }
      />
      <Card>
        <CodeForm
          action={stepUpAction}
          label={vi ? "Mã xác thực hoặc mã khôi phục" : "Code or recovery code"}
          submit={vi ? "Xác thực" : "Confirm"}
        />
      </Card>
    </div>
  );
}
