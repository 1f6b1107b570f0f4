import { describe, expect, it } from "vitest";
import { NotFoundError, ValidationError, WorkflowError } from "@/lib/errors";
import { libText, renderText } from "@/lib/i18n/lib-text";
import { parseOrThrow, z } from "@/lib/validation";
import { assertTransition, STATUS_INFO, TRANSITIONS } from "@/lib/proposals/workflow";

// What lib/ hands to the UI is a catalog token: Vietnamese wherever it is read as is (logs, tests, the JSON API), the
// visitor's language where the edge renders it (issue 14.1).

describe("lib text in the visitor's language", () => {
  it("renders a token with parameters in either language, and leaves plain text alone", () => {
    const token = libText("done.settled", { number: "01/2026/QT-SCT" });
    expect(renderText(token)).toBe("Đã quyết toán, số 01/2026/QT-SCT. Đề án đã đóng.");
    expect(renderText(token, "en")).toBe("Settled, no. 01/2026/QT-SCT. The project is closed.");
    expect(renderText("Văn bản thường.", "en")).toBe("Văn bản thường.");
  });

  it("plurals follow the language: one Vietnamese form, English one/other", () => {
    expect(renderText(libText("done.addedToPlan", { count: 1 }), "en")).toBe("1 project added to the plan.");
    expect(renderText(libText("done.addedToPlan", { count: 3 }), "en")).toBe("3 projects added to the plan.");
    expect(renderText(libText("done.addedToPlan", { count: 3 }))).toBe("Đã đưa 3 đề án vào kế hoạch.");
  });

  it("expected errors keep a Vietnamese message and answer in English when asked", () => {
    const e = new WorkflowError(libText("errors.overEnvelope", { needed: "5 tr", left: "2 tr", envelope: "10 tr" }));
    expect(e.message).toBe("Vượt hạn mức kinh phí: cần 5 tr, còn lại 2 tr (hạn mức 10 tr).");
    expect(e.messageIn("en")).toBe("Over the budget envelope: 5 tr needed, 2 tr left (envelope 10 tr).");
    expect(new NotFoundError().message).toBe("Không tìm thấy hồ sơ.");
    expect(new NotFoundError().messageIn("en")).toBe("The record was not found.");
  });

  it("names inside a message (an action, a status) are tokens too, rendered in the same language", () => {
    let error: WorkflowError | undefined;
    try {
      assertTransition("settle", "DRAFT", TRANSITIONS.settle.roles[0]!);
    } catch (e) {
      error = e as WorkflowError;
    }
    expect(error).toBeInstanceOf(WorkflowError);
    const { settle } = TRANSITIONS;
    expect(error!.message).toBe(
      `Không thể "${settle.label.vi}" khi hồ sơ đang ở trạng thái "${STATUS_INFO.DRAFT.label.vi}".`,
    );
    expect(error!.messageIn("en")).toBe(
      `Cannot "${settle.label.en}" while the dossier is "${STATUS_INFO.DRAFT.label.en}".`,
    );
  });

  it("a schema's own words and zod's generic messages both come back in English for an English visitor", () => {
    const schema = z.object({
      year: z.coerce.number({ message: libText("validation.enterYear") }),
      name: z.string().min(3),
    });
    let error: unknown;
    try {
      parseOrThrow(schema, { year: "abc", name: "x" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.fieldErrors.year).toEqual(["Nhập năm."]);
    expect(v.fieldErrorsIn("en").year).toEqual(["Enter the year."]);
    expect(v.fieldErrors.name?.[0]).toMatch(/Quá nhỏ/);
    expect(v.fieldErrorsIn("en").name?.[0]).toMatch(/too small|at least/i);
    expect(v.messageIn("en")).toBe("Some data is not valid. Please check the marked fields.");
  });
});
