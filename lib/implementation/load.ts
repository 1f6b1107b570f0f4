import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { getImplementationDetail } from "@/lib/implementation/detail-queries";

/** For pages: a đề án out of scope answers 404, exactly like a missing one. */
export async function loadImplementationOr404(actor: Actor, id: string) {
  try {
    return await getImplementationDetail(actor, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}
