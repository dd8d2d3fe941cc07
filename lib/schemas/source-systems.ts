import { idSchema, plainString } from "./common";
import { z } from "./zod-locale";

// Source systems (the public-service portal, the document system…) and the scoped API tokens they push
// measurements with, as the admin registers, issues, revokes and pauses them.

const id = idSchema();
const ids = (empty: string) => z.array(id, { error: empty }).min(1, empty).max(5000, "Phạm vi quá lớn.").transform((list) => [...new Set(list)]);

export const registerSourceSystemSchema = z.object({
  name: plainString({ error: "Vui lòng nhập tên hệ thống." }).trim().min(3, "Vui lòng nhập tên hệ thống (ít nhất 3 ký tự).").max(200, "Tên hệ thống quá dài (tối đa 200 ký tự)."),
  owner: plainString({ error: "Vui lòng nhập đơn vị quản lý." }).trim().min(2, "Vui lòng nhập đơn vị quản lý hệ thống.").max(200, "Tên đơn vị quản lý quá dài (tối đa 200 ký tự)."),
  contact: plainString({ error: "Vui lòng nhập đầu mối liên hệ." }).trim().min(3, "Vui lòng nhập đầu mối liên hệ (email hoặc số điện thoại).").max(200, "Đầu mối liên hệ quá dài (tối đa 200 ký tự)."),
});

export const issueTokenSchema = z.object({
  sourceSystemId: id,
  indicatorIds: ids("Vui lòng chọn ít nhất một chỉ tiêu."),
  localityIds: ids("Vui lòng chọn ít nhất một địa phương."),
});

export const tokenRefSchema = z.object({ tokenId: id });

export const sourceSystemActiveSchema = z.object({
  sourceSystemId: id,
  active: z.enum(["true", "false"], { error: "Trạng thái không hợp lệ." }).transform((v) => v === "true"),
});

export type RegisterSourceSystemInput = z.infer<typeof registerSourceSystemSchema>;
export type IssueTokenInput = z.infer<typeof issueTokenSchema>;

const one = (formData: FormData, name: string) => formData.get(name) ?? undefined;

/** Fields: name, owner, contact. */
export function readRegisterForm(formData: FormData) {
  return { name: one(formData, "name"), owner: one(formData, "owner"), contact: one(formData, "contact") };
}

/** Fields: sourceSystemId, indicatorIds (one per ticked box), localityIds (one per ticked box). */
export function readIssueTokenForm(formData: FormData) {
  return { sourceSystemId: one(formData, "sourceSystemId"), indicatorIds: formData.getAll("indicatorIds"), localityIds: formData.getAll("localityIds") };
}

/** Fields: tokenId. */
export function readTokenForm(formData: FormData) {
  return { tokenId: one(formData, "tokenId") };
}

/** Fields: sourceSystemId, active. */
export function readSourceSystemActiveForm(formData: FormData) {
  return { sourceSystemId: one(formData, "sourceSystemId"), active: one(formData, "active") };
}
