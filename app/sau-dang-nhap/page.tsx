import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/permissions";

export default async function AfterSignInPage() {
  const actor = await requireActor();
  redirect(ROLE_HOME[actor.role]);
}
