import { NextResponse, type NextRequest } from "next/server";
import { FieldConflictError, syncFieldVisit } from "@/lib/field/visits";
import { ValidationError } from "@/lib/errors";
import { readUploads } from "@/lib/uploads/evidence";
import { withActor } from "@/lib/reports/http";

// POST /api/thuc-dia/ghi-nhan — one visit recorded in the field app (issue 19), multipart: `record` (JSON: the device's
// id, the đề án, its version when listed, the form's fields, the photos' capture time and position) and `photo` files
// in the same order. 201 stored; 200 already stored (a retry); 409 the đề án changed since (what changed, and whether
// the record may still be sent); 422 a field is wrong (messages per field); 401/403/404 as elsewhere.
export async function POST(req: NextRequest): Promise<Response> {
  return withActor("funding.manage", async (actor) => {
    let record: unknown;
    let photos;
    try {
      const form = await req.formData();
      record = JSON.parse(String(form.get("record") ?? ""));
      photos = await readUploads(form.getAll("photo"));
    } catch {
      return NextResponse.json({ error: "Dữ liệu gửi lên không đọc được." }, { status: 400 });
    }
    try {
      const r = await syncFieldVisit(actor, record, photos);
      return NextResponse.json(r, { status: r.duplicate ? 200 : 201 });
    } catch (e) {
      if (e instanceof FieldConflictError)
        return NextResponse.json(
          { error: e.message, conflict: { current: e.current, changes: e.changes, canKeep: e.canKeep } },
          { status: 409 },
        );
      if (e instanceof ValidationError)
        return NextResponse.json({ error: e.message, fieldErrors: e.fieldErrors }, { status: 422 });
      throw e;
    }
  });
}
