import { parseQuarterKey, quarterEnd, quarterOf, type Quarter } from "@/lib/quarters";
import { parseIsoDate } from "@/lib/today";
import { z } from "./zod-locale";

// The body a source system POSTs to /api/ingest/v1/measurements. Rows are checked one by one so the answer
// can name every bad row; what needs the database (codes, scope, the unit valid on the day) is checked by
// lib/server/services/ingest.ts.

export const MAX_INGEST_ROWS = 5000;
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;
/** Values are stored as DECIMAL(20, 4). */
const MAX_MAGNITUDE = 1e15;

const amount = (label: string) =>
  z.number({ error: `${label} phải là một số.` })
    .refine(Number.isFinite, `${label} phải là một số hữu hạn.`)
    .refine((n) => n >= 0, `${label} không được âm.`)
    .refine((n) => n < MAX_MAGNITUDE, `${label} quá lớn.`);

export const ingestRowSchema = z.strictObject({
  indicator: z.string({ error: "Thiếu mã chỉ tiêu (indicator)." }).trim().regex(/^[A-Za-z0-9_.-]{1,40}$/, "Mã chỉ tiêu không hợp lệ."),
  locality: z.string({ error: "Thiếu mã địa phương (locality)." }).trim().regex(/^(\d{2}|\d{3}|\d{5})$/, "Mã địa phương phải gồm 2 (tỉnh), 3 (huyện) hoặc 5 (xã) chữ số."),
  period: z.string({ error: "Kỳ phải có dạng 2026-Q3." }).refine((v) => parseQuarterKey(v) !== null, "Kỳ phải có dạng 2026-Q3.").optional(),
  date: z.string({ error: "Ngày phải có dạng 2026-08-15." }).refine((v) => parseIsoDate(v) !== null, "Ngày phải là một ngày có thật, dạng 2026-08-15.").optional(),
  value: amount("Giá trị (value)").nullable(),
  numerator: amount("Tử số (numerator)").nullable().optional(),
  denominator: amount("Mẫu số (denominator)").nullable().optional(),
}, { error: "Mỗi dòng phải là một đối tượng JSON với các trường indicator, locality, period hoặc date, value." }).superRefine((row, ctx) => {
  if ((row.period === undefined) === (row.date === undefined)) {
    ctx.addIssue({ code: "custom", path: ["period"], message: "Cần đúng một trong hai trường: period (cả quý) hoặc date (một ngày)." });
  }
  const hasNumerator = row.numerator !== undefined && row.numerator !== null;
  const hasDenominator = row.denominator !== undefined && row.denominator !== null;
  if (hasNumerator !== hasDenominator) {
    ctx.addIssue({ code: "custom", path: ["denominator"], message: "Tử số và mẫu số phải được gửi cùng nhau." });
  }
  if (hasNumerator && hasDenominator && (row.numerator ?? 0) > (row.denominator ?? 0)) {
    ctx.addIssue({ code: "custom", path: ["numerator"], message: "Tử số không được lớn hơn mẫu số." });
  }
});

export const ingestEnvelopeSchema = z.object({
  measurements: z.array(z.unknown(), { error: "Thân yêu cầu phải có mảng measurements." })
    .min(1, "Mảng measurements phải có ít nhất một dòng.")
    .max(MAX_INGEST_ROWS, `Mỗi lô gửi tối đa ${MAX_INGEST_ROWS} dòng; hãy chia thành nhiều lô.`),
}, { error: "Thân yêu cầu phải là một đối tượng JSON có mảng measurements." });

export type IngestRowInput = z.infer<typeof ingestRowSchema>;

/** A row whose shape is valid, with its quarter and the day its locality code is read on. */
export interface IngestRow {
  index: number;
  indicatorCode: string;
  localityCode: string;
  quarter: Quarter;
  /** The measured day; null for a whole-quarter measurement. */
  measuredOn: Date | null;
  /** The day the locality code is resolved on: the measured day, or the quarter's last day. */
  asOf: Date;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface RowError { index: number; errors: string[] }

export type ParsedIngestBody =
  | { ok: true; rows: IngestRow[]; rowErrors: RowError[] }
  | { ok: false; message: string };

function toRow(index: number, row: IngestRowInput): IngestRow {
  const measuredOn = row.date === undefined ? null : parseIsoDate(row.date);
  const quarter = measuredOn ? quarterOf(measuredOn) : (parseQuarterKey(row.period ?? "") as Quarter);
  return {
    index, indicatorCode: row.indicator.toUpperCase(), localityCode: row.locality, quarter, measuredOn,
    asOf: measuredOn ?? quarterEnd(quarter), value: row.value, numerator: row.numerator ?? null, denominator: row.denominator ?? null,
  };
}

/** A batch is an object holding an array of flat objects; deeper nesting is refused before anything walks it. */
const MAX_NESTING = 8;

function nestedDeeperThan(raw: unknown, max: number): boolean {
  // Iterative: a recursive walk of a hostile body ("[[[[…") would overflow the stack.
  const pending: [unknown, number][] = [[raw, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, depth] = next;
    if (value === null || typeof value !== "object") continue;
    if (depth > max) return true;
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
  return false;
}

/** The envelope, then every row on its own: good rows come back resolved, bad ones with their messages. */
export function parseIngestBody(raw: unknown): ParsedIngestBody {
  if (nestedDeeperThan(raw, MAX_NESTING)) return { ok: false, message: "Thân yêu cầu lồng quá sâu: mỗi dòng phải là một đối tượng JSON phẳng." };
  const envelope = ingestEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, message: envelope.error.issues[0]?.message ?? "Thân yêu cầu không hợp lệ." };
  const rows: IngestRow[] = [];
  const rowErrors: RowError[] = [];
  envelope.data.measurements.forEach((item, index) => {
    const parsed = ingestRowSchema.safeParse(item);
    if (parsed.success) rows.push(toRow(index, parsed.data));
    else rowErrors.push({ index, errors: [...new Set(parsed.error.issues.map(describeIssue))] });
  });
  return { ok: true, rows, rowErrors };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `Trường không được hỗ trợ: ${issue.keys.join(", ")}.`;
  return issue.message;
}
