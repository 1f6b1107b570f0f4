import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";

/** Pages answer a record out of scope exactly like a missing one: the 404 page. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}
