"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";

export type SaveStatus = { state: "idle" | "saving" | "saved" | "error"; at?: string; message?: string };
type SaveResult = { ok: true; at: string } | { ok: false; message: string };

/**
 * Saves `data` shortly after the user stops typing. Saves run one after another (never two at once), so
 * the first save that creates the draft finishes before the next one needs its id. `flush()` resolves once
 * the latest data is stored (used before an upload or the final submit).
 */
export function useAutosave<T>(data: T, enabled: boolean, save: (data: T) => Promise<SaveResult>, delayMs = 800) {
  const json = JSON.stringify(data);
  const latest = useRef(data);
  useLayoutEffect(() => {
    latest.current = data;
  }, [data]);
  const savedJson = useRef<string | null>(null);
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const [status, setStatus] = useState<SaveStatus>({ state: "idle" });
  const [savedVersion, setSavedVersion] = useState<string | null>(null);

  const flush = useCallback((): Promise<boolean> => {
    chain.current = chain.current.then(async () => {
      const current = latest.current;
      const currentJson = JSON.stringify(current);
      if (currentJson === savedJson.current) return true;
      setStatus({ state: "saving" });
      try {
        const r = await save(current);
        if (!r.ok) {
          setStatus({ state: "error", message: r.message });
          return false;
        }
        savedJson.current = currentJson;
        setSavedVersion(currentJson);
        setStatus({ state: "saved", at: r.at });
        return true;
      } catch {
        setStatus({
          state: "error",
          message: "Mất kết nối, chưa lưu được. Hệ thống sẽ thử lại khi bạn tiếp tục nhập.",
        });
        return false;
      }
    });
    return chain.current;
  }, [save]);

  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(() => void flush(), delayMs);
    return () => clearTimeout(timer);
  }, [json, enabled, flush, delayMs]);

  /** Marks the loaded draft as already saved, so opening a draft does not write it again. */
  const markSaved = useCallback((value: T) => {
    savedJson.current = JSON.stringify(value);
    setSavedVersion(savedJson.current);
  }, []);

  /** True while what is on screen differs from what is stored: leaving the page would lose it. */
  const dirty = enabled && json !== savedVersion;
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      void flush();
      e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty, flush]);

  return { status, flush, markSaved, dirty };
}
