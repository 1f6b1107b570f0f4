// Expected errors carry a Vietnamese message that may be shown to the user; anything else is logged
// with an id and the user sees a generic message.
export class AppError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "Bạn không có quyền thực hiện thao tác này.") {
    super(message, "FORBIDDEN");
  }
}

/** A record the user may not see answers exactly like a record that does not exist. */
export class NotFoundError extends AppError {
  constructor(message = "Không tìm thấy hồ sơ.") {
    super(message, "NOT_FOUND");
  }
}

export class WorkflowError extends AppError {
  constructor(message: string) {
    super(message, "WORKFLOW");
  }
}

export class ConflictError extends AppError {
  constructor(message = "Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trang.") {
    super(message, "CONFLICT");
  }
}

export class ValidationError extends AppError {
  constructor(
    readonly fieldErrors: Record<string, string[]>,
    message = "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.",
  ) {
    super(message, "VALIDATION");
  }
}

export class RateLimitError extends AppError {
  constructor(message = "Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.") {
    super(message, "RATE_LIMIT");
  }
}

export function isExpectedError(e: unknown): e is AppError {
  return e instanceof AppError;
}
