"use client";

import { useActionState } from "react";
import { markReadAction } from "@/lib/notifications/actions";
import { initialFormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/forms/submit-button";

export function MarkReadForm() {
  const [, action] = useActionState(markReadAction, initialFormState);
  return <form action={action}><SubmitButton variant="secondary">Đánh dấu đã đọc tất cả</SubmitButton></form>;
}
