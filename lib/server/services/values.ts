import "server-only";
import { formatDateTime, formatValue } from "@/lib/format";
import { checkValue } from "@/lib/value-rules";
import { Prisma } from "@/generated/prisma/client";
import { auditInsert, writeAudit, type AuditEntry } from "../audit";
import { toNumber } from "../decimal";
import { ConflictError } from "../errors";
import type { Reporter } from "../permissions";
import type { DueCell } from "../queries/due-targets";
import type { Viewer } from "../viewer";

type Tx = Prisma.TransactionClient;

/** Parses one typed value against its indicator's unit (the shared rule in lib/value-rules.ts). */
export const parseValueFor = checkValue;

export interface ValueWrite {
  indicatorId: number;
  /** The version the writer saw (0: did not exist); null writes over whatever is there (imports). */
  version: number | null;
  value: number | null;
  /**
   * A rate's counts; null clears them. undefined keeps the stored ones only while the value is unchanged:
   * counts that no longer describe the value must not be added up by aggregation.
   */
  numerator?: number | null;
  denominator?: number | null;
  /** undefined leaves the stored note / link as they are. */
  note?: string | null;
  evidenceUrl?: string | null;
}

export interface WriteContext {
  viewer: Viewer;
  reporter: Reporter;
  periodId: number;
  submissionId: number;
  due: Map<number, DueCell>;
  action: "actual.save" | "actual.import" | "actual.correct";
  reason?: string | null;
}

interface Figure { value: number | null; numerator: number | null; denominator: number | null; note: string | null; evidenceUrl: string | null }
const FIGURE_KEYS = ["value", "numerator", "denominator", "note", "evidenceUrl"] as const;

/** One cell as this call sees it: the stored row (if any) and the writes applied to it so far, not yet sent. */
interface Cell {
  target: DueCell;
  stored: { id: number; version: number } | null;
  figure: Figure;
  /** Writes applied in this call; each bumps the version once, as one update per write would. */
  writes: number;
}

/** A new row starts at version 1, and every later write bumps it: the version the cell has after this call's writes. */
const versionOf = (cell: Cell): number => (cell.stored?.version ?? 0) + cell.writes;

/**
 * Writes values inside the caller's transaction, each with an audit row. A value whose version moved on
 * since the writer read it is refused with who changed it, when and to what — never overwritten.
 * Set-based: one read of the stored rows, one insert of new rows, one statement updating the others with the
 * audit rows, whatever the number of values; the outcome is that of writing them one by one.
 */
export async function writeValues(tx: Tx, ctx: WriteContext, items: ValueWrite[]): Promise<{ changed: number; actualIds: number[] }> {
  const cells = await loadCells(tx, ctx, items);
  const changes: { cell: Cell; before: Figure; after: Figure }[] = [];
  for (const item of items) {
    const cell = cells.get(item.indicatorId);
    if (!cell) continue;
    if (item.version !== null && versionOf(cell) !== item.version) {
      throw cell.writes > 0
        ? staleValueError(cell.target, { value: cell.figure.value, updatedAt: new Date(), updatedBy: { name: ctx.viewer.name } })
        : await staleStoredError(tx, cell);
    }
    const before = cell.figure;
    const keepCounts = before.value === item.value;
    const after: Figure = {
      value: item.value,
      numerator: item.numerator !== undefined ? item.numerator : keepCounts ? before.numerator : null,
      denominator: item.denominator !== undefined ? item.denominator : keepCounts ? before.denominator : null,
      note: item.note === undefined ? before.note : item.note,
      evidenceUrl: item.evidenceUrl === undefined ? before.evidenceUrl : item.evidenceUrl,
    };
    if (FIGURE_KEYS.every((k) => before[k] === after[k])) continue;
    if (!cell.stored && cell.writes === 0 && after.value === null && after.note === null && after.evidenceUrl === null) continue;
    cell.figure = after;
    cell.writes += 1;
    changes.push({ cell, before, after });
  }
  if (changes.length === 0) return { changed: 0, actualIds: [] };

  const touched = [...new Set(changes.map((c) => c.cell))];
  const createdIds = await insertNew(tx, ctx, touched.filter((c) => !c.stored));
  const idOf = (cell: Cell): number => cell.stored?.id ?? createdIds.get(cell.target.indicatorId) ?? -1;
  const audit: AuditEntry[] = changes.map(({ cell, before, after }) => ({
    actorId: ctx.viewer.userId, action: ctx.action, entity: "Actual", entityId: idOf(cell), before: { ...before }, after: { ...after }, reason: ctx.reason ?? null,
  }));
  const updates = touched.filter((c) => c.stored);
  if (updates.length > 0) await updateStored(tx, ctx, updates, auditInsert(audit));
  else await writeAudit(tx, audit);
  return { changed: audit.length, actualIds: changes.map(({ cell }) => idOf(cell)) };
}

/** The due cells the items name, with their stored rows read in one query. */
async function loadCells(tx: Tx, ctx: WriteContext, items: ValueWrite[]): Promise<Map<number, Cell>> {
  const targets = [...new Map(items.flatMap((i) => {
    const target = ctx.due.get(i.indicatorId);
    return target ? [[i.indicatorId, target] as const] : [];
  })).values()];
  const cells = new Map<number, Cell>();
  if (targets.length === 0) return cells;
  const rows = await tx.actual.findMany({
    where: { periodId: ctx.periodId, indicatorId: { in: targets.map((t) => t.indicatorId) }, localityId: { in: [...new Set(targets.map((t) => t.localityId))] } },
    select: { id: true, indicatorId: true, localityId: true, version: true, value: true, numerator: true, denominator: true, note: true, evidenceUrl: true },
  });
  const rowOf = new Map(rows.map((r) => [`${r.indicatorId}|${r.localityId}`, r]));
  for (const target of targets) {
    const row = rowOf.get(`${target.indicatorId}|${target.localityId}`);
    cells.set(target.indicatorId, {
      target,
      stored: row ? { id: row.id, version: row.version } : null,
      figure: {
        value: toNumber(row?.value), numerator: toNumber(row?.numerator), denominator: toNumber(row?.denominator),
        note: row?.note ?? null, evidenceUrl: row?.evidenceUrl ?? null,
      },
      writes: 0,
    });
  }
  return cells;
}

const correction = (ctx: WriteContext) => (ctx.action === "actual.correct" ? { correctionReason: ctx.reason ?? null } : {});

async function insertNew(tx: Tx, ctx: WriteContext, cells: Cell[]): Promise<Map<number, number>> {
  if (cells.length === 0) return new Map();
  const created = await tx.actual.createManyAndReturn({
    data: cells.map((cell) => ({
      indicatorId: cell.target.indicatorId, localityId: cell.target.localityId, periodId: ctx.periodId, submissionId: ctx.submissionId,
      ...cell.figure, version: versionOf(cell), updatedById: ctx.viewer.userId, ...correction(ctx),
    })),
    select: { id: true, indicatorId: true },
  });
  return new Map(created.map((row) => [row.indicatorId, row.id]));
}

const decimalText = (n: number | null): string | null => (n === null ? null : String(n));

/**
 * One statement: an UPDATE of every stored row, each guarded by the version this call read, and the audit rows
 * of the whole write. A row another writer changed since the read is not matched, so fewer rows than expected
 * means a conflict, reported like a stale version (the transaction then rolls back the audit rows too).
 */
async function updateStored(tx: Tx, ctx: WriteContext, cells: Cell[], audit: Prisma.Sql): Promise<void> {
  const column = <T>(pick: (cell: Cell) => T): T[] => cells.map(pick);
  const correctionSet = ctx.action === "actual.correct" ? Prisma.sql`, "correctionReason" = ${ctx.reason ?? null}` : Prisma.empty;
  const updated = await tx.$queryRaw<{ id: number }[]>`
    WITH audit AS (${audit}),
    updated AS (
      UPDATE "Actual" AS a SET
        "value" = v.value, "numerator" = v.numerator, "denominator" = v.denominator, "note" = v.note, "evidenceUrl" = v.evidence_url,
        "updatedById" = ${ctx.viewer.userId}, "updatedAt" = ${new Date()}, "version" = a."version" + v.writes ${correctionSet}
      FROM unnest(
        ${column((c) => c.stored?.id ?? -1)}::int[], ${column((c) => c.stored?.version ?? -1)}::int[], ${column((c) => c.writes)}::int[],
        ${column((c) => decimalText(c.figure.value))}::numeric[], ${column((c) => decimalText(c.figure.numerator))}::numeric[],
        ${column((c) => decimalText(c.figure.denominator))}::numeric[], ${column((c) => c.figure.note)}::text[], ${column((c) => c.figure.evidenceUrl)}::text[]
      ) AS v(id, seen_version, writes, value, numerator, denominator, note, evidence_url)
      WHERE a."id" = v.id AND a."version" = v.seen_version
      RETURNING a."id"
    )
    SELECT "id" FROM updated`;
  if (updated.length === cells.length) return;
  const written = new Set(updated.map((row) => row.id));
  const moved = cells.find((c) => c.stored && !written.has(c.stored.id));
  throw moved ? await staleStoredError(tx, moved) : new ConflictError();
}

/** The conflict message for a cell as the database holds it now (another writer's change, or its removal). */
async function staleStoredError(tx: Tx, cell: Cell): Promise<ConflictError> {
  if (!cell.stored) return staleValueError(cell.target, null);
  const current = await tx.actual.findUnique({ where: { id: cell.stored.id }, select: { value: true, updatedAt: true, updatedBy: { select: { name: true } } } });
  return staleValueError(cell.target, current && { value: toNumber(current.value), updatedAt: current.updatedAt, updatedBy: current.updatedBy });
}

function staleValueError(target: DueCell, current: { value: number | null; updatedAt: Date; updatedBy: { name: string } | null } | null): ConflictError {
  const name = target.indicator.nameVi;
  if (!current) return new ConflictError(`Giá trị "${name}" đã bị thay đổi. Vui lòng tải lại trang rồi nhập lại.`);
  const who = current.updatedBy?.name ?? "một người dùng khác";
  const shown = formatValue(current.value, target.indicator.unit, "vi");
  return new ConflictError(
    `Giá trị "${name}" vừa được ${who} cập nhật lúc ${formatDateTime(current.updatedAt, "vi")} thành ${shown}. Số liệu của bạn chưa được lưu; vui lòng tải lại trang, kiểm tra rồi nhập lại.`,
  );
}
