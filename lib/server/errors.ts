import type { ActionResult } from "@/lib/action-result";

// Typed errors thrown by server functions; mapped to plain Vietnamese words in one place (toActionResult).

export class NotFoundError extends Error {
  constructor(message = "Không tìm thấy dữ liệu được yêu cầu.") { super(message); this.name = "NotFoundError"; }
}

export class ForbiddenError extends Error {
  constructor(message = "Bạn không có quyền thực hiện thao tác này.") { super(message); this.name = "ForbiddenError"; }
}

export class ConflictError extends Error {
  constructor(message = "Dữ liệu đã được người khác thay đổi. Vui lòng tải lại trang rồi thử lại.") { super(message); this.name = "ConflictError"; }
}

/** Input that parsed but breaks a domain rule; fieldErrors name the form fields at fault. */
export class DomainValidationError extends Error {
  constructor(message: string, readonly fieldErrors: Record<string, string[]> = {}) { super(message); this.name = "DomainValidationError"; }
}


export function toActionResult(error: unknown): ActionResult {
  if (error instanceof DomainValidationError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof ConflictError) {
    return { status: "error", message: error.message, fieldErrors: {} };
  }
  console.error("[action] unexpected error", error);
  return { status: "error", message: "Đã có lỗi hệ thống, dữ liệu chưa được lưu. Vui lòng thử lại sau.", fieldErrors: {} };
}

export type { ActionResult };
