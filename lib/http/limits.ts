// Request-body limits, shared by next.config.ts (server actions, proxy) and the portal's server.
// Attachments are at most 10 MB each (lib/applications/file-sniff.ts); a body a little over that must
// still reach the server action so the person sees "Tệp vượt quá 10 MB" next to the field; a body far
// larger is refused by the server with 413 before anything reads it.
export const MAX_BODY_MB = 24;
export const MAX_BODY_BYTES = MAX_BODY_MB * 1024 * 1024;
