import "server-only";
import type { z } from "zod";
import { DomainValidationError } from "../errors";

/** A zod failure as a Vietnamese validation error; field paths are joined with dots. */
export function zodToDomainError(error: z.ZodError): DomainValidationError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return new DomainValidationError("Dữ liệu chưa hợp lệ. Vui lòng sửa các ô được đánh dấu rồi gửi lại.", fieldErrors);
}
