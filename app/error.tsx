"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";

const noSubscribe = () => () => {};

// Any unexpected failure while rendering a page: say so plainly, offer to retry, never show internals.
// A client component cannot read the locale cookie on the server: it reads the <html lang> the root layout
// set (Vietnamese while hydrating, so server and client agree).
export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("app.error");
  const vi = useSyncExternalStore(
    noSubscribe,
    () => document.documentElement.lang !== "en",
    () => true,
  );
  return (
    <div className="mx-auto max-w-2xl py-4">
      <h1 className="text-2xl font-bold">{t("thePageCouldNotBe")}</h1>
      <p className="mt-3" role="alert">
        {t("theSystemRanIntoA")}
      </p>
      {error.digest && (
        <p className="mt-2 text-sm text-slate-700">
          {vi ? (
            <>
              Mã sự cố: <code>{error.digest}</code> (cung cấp mã này khi liên hệ hỗ trợ).
            </>
          ) : (
            <>
              Incident code: <code>{error.digest}</code> (quote this code when contacting support).
            </>
          )}
        </p>
      )}
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={reset}
          className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white"
        >
          {t("tryAgain")}
        </button>
        <Link
          href="/"
          className="inline-flex min-h-11 items-center rounded-md border border-slate-400 px-4 font-semibold"
        >
          {t("backToTheHomePage")}
        </Link>
      </div>
    </div>
  );
}
