import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { isOfficialRole } from "@/lib/auth/second-factor";

export default async function AfterSignInPage() {
  const actor = await requireActor();
  // An official who has not confirmed a second factor in this session is sent to enrol one first.
  if (isOfficialRole(actor.role) && !actor.secondFactorAt) redirect("/tai-khoan/bao-mat?moi=1");
  redirect(ROLE_HOME[actor.role]);
}
