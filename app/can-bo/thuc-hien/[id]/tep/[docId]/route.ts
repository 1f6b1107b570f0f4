import { documentResponse } from "@/lib/implementation/documents";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string; docId: string }> }) {
  return documentResponse(params);
}
