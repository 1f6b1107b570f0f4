"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { clientIp } from "@/lib/http/client-ip";
import { getActor, requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { formatDate } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { answerFeedback, assignFeedback, submitFeedback } from "@/lib/feedback/mutations";
import { lookupFeedback } from "@/lib/feedback/queries";
import { libText } from "@/lib/i18n/lib-token";

export type FeedbackLookupState = FormState & {
  found?: {
    code: string;
    status: string;
    receivedAt: string;
    dueAt: string;
    answer: string | null;
    answeredAt: string | null;
  } | null;
};

export async function submitFeedbackAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const key = clientIp(await headers());
  return runAction(formData, async () => {
    const r = await submitFeedback(
      actor,
      {
        kind: formData.get("kind"),
        dossierCode: formData.get("dossierCode") ?? undefined,
        senderName: formData.get("senderName"),
        contact: formData.get("contact") ?? undefined,
        content: formData.get("content"),
        publishConsent: formData.get("publishConsent") === "on",
      },
      key,
    );
    revalidatePath(routes.staff.feedback);
    return {
      ok: true,
      message: libText("done.feedbackReceived", { code: r.code, due: formatDate(r.dueAt) }),
    };
  });
}

export async function lookupFeedbackAction(
  _prev: FeedbackLookupState,
  formData: FormData,
): Promise<FeedbackLookupState> {
  const key = clientIp(await headers());
  let found: FeedbackLookupState["found"] = null;
  const state = await runAction(formData, async () => {
    const f = await lookupFeedback(String(formData.get("code") ?? ""), key);
    found = f
      ? {
          code: f.code,
          status: f.status,
          receivedAt: f.receivedAt.toISOString(),
          dueAt: f.dueAt.toISOString(),
          answer: f.answer,
          answeredAt: f.answeredAt?.toISOString() ?? null,
        }
      : null;
    return { ok: true, message: f ? undefined : "Không tìm thấy phản ánh có mã này." };
  });
  return { ...state, found };
}

export async function assignFeedbackAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("feedback.handle");
  return runAction(formData, async () => {
    await assignFeedback(actor, String(formData.get("id") ?? ""), String(formData.get("assigneeId") ?? ""));
    revalidatePath(routes.staff.feedback);
    return { ok: true, message: libText("done.assigned") };
  });
}

export async function answerFeedbackAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("feedback.handle");
  return runAction(formData, async () => {
    await answerFeedback(actor, String(formData.get("id") ?? ""), {
      answer: formData.get("answer"),
      confirm: formData.get("confirm") === "on",
    });
    revalidatePath(routes.staff.feedback);
    revalidatePath(routes.feedbackPublic);
    return { ok: true, message: libText("done.answerSent") };
  });
}
