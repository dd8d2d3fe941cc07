import { calendarDateSchema, idSchema, MAX_INT4, plainString } from "./common";
import { z } from "./zod-locale";

// One change to the administrative map, as an admin records it (lib/server/services/locality-changes.ts).
// Rules that need only the input live here; rules that need the database (validity on the date, parents,
// codes in use) are checked by the service.

export const LOCALITY_CHANGE_KINDS = ["MERGE", "SPLIT", "RENAME", "REPARENT", "ABOLISH", "UPGRADE", "ESTABLISH"] as const;
export const LOCALITY_LEVELS = ["PROVINCE", "DISTRICT", "COMMUNE"] as const;
export const LOCALITY_TYPES = [
  "TINH", "THANH_PHO_TRUC_THUOC_TW", "HUYEN", "THI_XA", "THANH_PHO_THUOC_TINH", "QUAN", "XA", "PHUONG", "THI_TRAN", "DAC_KHU",
] as const;

/** LocalityLink.share is Decimal(7, 6): six decimals are what is stored. */
export const SHARE_DECIMALS = 6;
const SHARE_TOLERANCE = 1e-6;

const id = idSchema();
const text = (min: number, max: number, label: string) =>
  plainString().trim().min(min, `Vui lòng nhập ${label}${min > 1 ? ` (ít nhất ${min} ký tự)` : ""}.`).max(max, `${label[0]?.toUpperCase()}${label.slice(1)} quá dài (tối đa ${max} ký tự).`);
const optionalText = (max: number, message: string) =>
  plainString().trim().max(max, message).optional().nullable().transform((v) => (v ? v : null));

/** yyyy-mm-dd, a real date, and the first day of a quarter: values are reported by quarter, so the map changes between quarters. */
const quarterStartDate = calendarDateSchema(
  "Ngày hiệu lực phải là ngày đầu một quý (01/01, 01/04, 01/07 hoặc 01/10) từ năm 2000 đến 2100, dạng năm-tháng-ngày, ví dụ 2025-07-01.",
  /^\d{4}-(01|04|07|10)-01$/,
);

// Only numbers or numeric text: a bare coercion would also read true as 1 and [1] as 1.
const share = z
  .union([z.number(), z.string()], { error: "Tỷ lệ phải là một số." })
  .pipe(z.coerce.number<string | number>({ error: "Tỷ lệ phải là một số." }).gt(0, "Tỷ lệ phải lớn hơn 0.").lte(1, "Tỷ lệ không được lớn hơn 1 (toàn bộ đơn vị)."))
  .transform((v) => Math.round(v * 10 ** SHARE_DECIMALS) / 10 ** SHARE_DECIMALS)
  .refine((v) => v > 0, "Tỷ lệ quá nhỏ (tối thiểu 0,000001).");

/** A successor is named by `key` so links can point at a unit that does not exist yet. */
const successorKey = text(1, 40, "khoá của đơn vị kế thừa");

export const existingSuccessorSchema = z.object({ key: successorKey, mode: z.literal("EXISTING"), localityId: id });

export const newLocalitySchema = z.object({
  key: successorKey,
  mode: z.literal("NEW"),
  code: z.string().trim().regex(/^\d{2,5}$/, "Mã đơn vị gồm 2 đến 5 chữ số (tỉnh 2, huyện 3, xã 5)."),
  name: text(2, 200, "tên đơn vị"),
  level: z.enum(LOCALITY_LEVELS, { error: "Cấp hành chính không hợp lệ." }),
  type: z.enum(LOCALITY_TYPES, { error: "Loại đơn vị không hợp lệ." }),
  parentId: id.nullable(),
  population: z.union([z.literal("").transform(() => null), z.union([z.number(), z.string()], { error: "Dân số phải là một số." }).pipe(z.coerce.number<string | number>({ error: "Dân số phải là một số." }).int("Dân số là số nguyên.").min(0, "Dân số không được âm.").max(MAX_INT4, "Dân số quá lớn."))]).nullable().optional().transform((v) => v ?? null),
});

export const successorSchema = z.discriminatedUnion("mode", [existingSuccessorSchema, newLocalitySchema], { error: "Đơn vị kế thừa không hợp lệ." });

export const localityLinkSchema = z.object({
  predecessorId: id,
  successorKey,
  share,
  shareBasis: optionalText(200, "Cơ sở tính tỷ lệ quá dài (tối đa 200 ký tự)."),
});

const CODE_LENGTH = { PROVINCE: 2, DISTRICT: 3, COMMUNE: 5 } as const;
const LEVEL_NAME = { PROVINCE: "tỉnh", DISTRICT: "đơn vị cấp huyện", COMMUNE: "đơn vị cấp xã" } as const;

interface ChangeShape {
  kind: (typeof LOCALITY_CHANGE_KINDS)[number];
  predecessors: number[];
  successors: z.infer<typeof successorSchema>[];
  links: z.infer<typeof localityLinkSchema>[];
}

function checkChange(value: ChangeShape, ctx: z.RefinementCtx<ChangeShape>) {
  const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  const { kind, predecessors, successors, links } = value;
  const keys = successors.map((s) => s.key);
  if (new Set(predecessors).size !== predecessors.length) add(["predecessors"], "Một đơn vị cũ được chọn hai lần.");
  if (new Set(keys).size !== keys.length) add(["successors"], "Hai đơn vị kế thừa trùng khoá.");
  const newCodes = successors.flatMap((s) => (s.mode === "NEW" ? [s.code] : []));
  if (new Set(newCodes).size !== newCodes.length) add(["successors"], "Hai đơn vị mới trùng mã.");
  successors.forEach((s, i) => {
    if (s.mode === "NEW" && s.code.length !== CODE_LENGTH[s.level]) {
      add(["successors", i, "code"], `Mã ${LEVEL_NAME[s.level]} gồm ${CODE_LENGTH[s.level]} chữ số.`);
    }
    if (s.mode === "EXISTING" && predecessors.includes(s.localityId)) {
      add(["successors", i], "Một đơn vị không thể vừa là đơn vị cũ vừa là đơn vị kế thừa: khi đổi tên, đổi cấp hay chuyển đơn vị cấp trên, hãy tạo đơn vị mới (có thể giữ mã cũ).");
    }
  });

  if (kind !== "ESTABLISH" && predecessors.length === 0) add(["predecessors"], "Vui lòng chọn ít nhất một đơn vị cũ.");
  if (kind !== "ABOLISH" && successors.length === 0) add(["successors"], "Vui lòng nêu ít nhất một đơn vị kế thừa.");
  if (kind === "MERGE" && predecessors.length < 2) add(["predecessors"], "Sáp nhập cần ít nhất hai đơn vị cũ.");
  if (kind === "SPLIT" && successors.length < 2) add(["successors"], "Chia tách cần ít nhất hai đơn vị kế thừa.");
  if ((kind === "RENAME" || kind === "REPARENT" || kind === "UPGRADE") && (predecessors.length !== 1 || successors.length !== 1)) {
    add(["successors"], "Đổi tên, chuyển đơn vị cấp trên hay nâng cấp gồm đúng một đơn vị cũ và một đơn vị kế thừa.");
  }
  if (kind === "ESTABLISH" && successors.some((s) => s.mode !== "NEW")) add(["successors"], "Thành lập phải tạo đơn vị mới.");

  const seen = new Set<string>();
  links.forEach((link, i) => {
    if (!predecessors.includes(link.predecessorId)) add(["links", i, "predecessorId"], "Liên kết nêu một đơn vị cũ không có trong danh sách.");
    if (!keys.includes(link.successorKey)) add(["links", i, "successorKey"], "Liên kết nêu một đơn vị kế thừa không có trong danh sách.");
    if (link.share < 1 && !link.shareBasis) add(["links", i, "shareBasis"], "Khi chỉ chuyển một phần đơn vị, vui lòng nêu cơ sở tính tỷ lệ (ví dụ: theo dân số).");
    const pair = `${link.predecessorId}→${link.successorKey}`;
    if (seen.has(pair)) add(["links", i], "Liên kết này bị lặp.");
    seen.add(pair);
  });

  predecessors.forEach((predecessorId, i) => {
    const total = links.filter((l) => l.predecessorId === predecessorId).reduce((sum, l) => sum + l.share, 0);
    if (kind === "ABOLISH" && successors.length === 0) {
      if (total > 0) add(["predecessors", i], "Giải thể không có đơn vị kế thừa thì không có liên kết.");
      return;
    }
    if (Math.abs(total - 1) > SHARE_TOLERANCE) {
      const shown = total.toLocaleString("vi-VN", { maximumFractionDigits: SHARE_DECIMALS });
      add(["predecessors", i], `Tổng tỷ lệ chuyển đi của mỗi đơn vị cũ phải bằng 1 (toàn bộ đơn vị); đơn vị mã ${predecessorId} đang có tổng ${shown}.`);
    }
  });
  successors.forEach((s, i) => {
    const fed = links.some((l) => l.successorKey === s.key);
    if (!fed && predecessors.length > 0) add(["successors", i], `Đơn vị kế thừa "${s.mode === "NEW" ? s.name : s.key}" chưa nhận phần nào từ đơn vị cũ.`);
  });
}

export const localityChangeSchema = z
  .object({
    kind: z.enum(LOCALITY_CHANGE_KINDS, { error: "Vui lòng chọn loại thay đổi." }),
    effectiveDate: quarterStartDate,
    decision: text(5, 500, "văn bản quyết định (ví dụ: Nghị quyết số 1680/NQ-UBTVQH15)"),
    note: optionalText(2000, "Ghi chú quá dài (tối đa 2.000 ký tự)."),
    predecessors: z.array(id).max(200, "Quá nhiều đơn vị cũ (tối đa 200).").default([]),
    successors: z.array(successorSchema).max(200, "Quá nhiều đơn vị kế thừa (tối đa 200).").default([]),
    links: z.array(localityLinkSchema).max(1000, "Quá nhiều liên kết (tối đa 1.000).").default([]),
  })
  .superRefine(checkChange);

/** What a form or test sends (before coercion). */
export type LocalityChangeFormInput = z.input<typeof localityChangeSchema>;
/** What the service works with (after parsing). */
export type LocalityChangeInput = z.output<typeof localityChangeSchema>;
export type SuccessorInput = z.output<typeof successorSchema>;
export type NewLocalityInput = z.output<typeof newLocalitySchema>;
export type LocalityLinkInput = z.output<typeof localityLinkSchema>;
export type LocalityChangeKind = (typeof LOCALITY_CHANGE_KINDS)[number];
