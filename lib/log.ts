export function logError(id: string, e: unknown): void {
  const detail = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ""}` : String(e);
  console.error(`[error ${id}] ${detail}`);
}

export function logInfo(message: string): void {
  if (process.env.NODE_ENV !== "test") console.info(message);
}
