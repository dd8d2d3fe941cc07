import "server-only";
import { idSchema } from "@/lib/schemas/common";
import { z } from "@/lib/schemas/zod-locale";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "../audit";
import type { Db } from "../db";
import { toNumber } from "../decimal";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { canReviewSubmissions, type Reporter } from "../permissions";
import type { Viewer } from "../viewer";
import { upsertSubmission } from "./reporting";
import { refreshScores } from "./score-summary";
import { zodToDomainError } from "./zod-errors";

type Tx = Prisma.TransactionClient;

export const approveMeasuredValueSchema = z.object({
  measuredValueId: idSchema("Mã số liệu đo không hợp lệ."),
});

export interface ApproveMeasuredResult {
  /** True when the indicator publishes measured figures (MEASURED_WINS) and this one is now the public figure. */
  published: boolean;
  /** The Actual's revision the public reads after approval; null when nothing was published. */
  revision: number | null;
}

const sameFigure = (a: { toString(): string } | null, b: { toString(): string } | null) => toNumber(a) === toNumber(b);

/**
 * The committee approves a cell's measured figure. Under MEASURED_WINS it becomes the published one: a new
 * ActualRevision (origin MEASURED) on the cell's Actual, created — with the reporter's draft submission and no
 * declared value — when no officer has written it yet; the declared value stays on the Actual for comparison.
 * Under DECLARED_WINS the approval only records that the figure was checked. One transaction with its audit row.
 */
export async function approveMeasuredValue(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<ApproveMeasuredResult> {
  if (!canReviewSubmissions(viewer)) throw new ForbiddenError("Chỉ Ban Chỉ đạo được phê duyệt số liệu đo tự động.");
  const parsed = approveMeasuredValueSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const measured = await db.measuredValue.findUnique({
    where: { id: parsed.data.measuredValueId },
    include: {
      indicator: { select: { id: true, code: true, publishRule: true, leadAgencyId: true } },
      locality: { select: { id: true, level: true } },
      period: { select: { id: true, year: true } },
      sourceSystem: { select: { id: true, name: true } },
    },
  });
  if (!measured) throw new NotFoundError("Không tìm thấy số liệu đo.");
  if (measured.status === "APPROVED") throw new ConflictError("Số liệu đo này đã được phê duyệt.");

  return db.$transaction(async (tx) => {
    // The figure approved must be the one the committee saw: a roll-up that moved on in between is refused.
    const updated = await tx.measuredValue.updateMany({
      where: {
        id: measured.id, status: "PENDING", value: measured.value, numerator: measured.numerator, denominator: measured.denominator,
        measurementCount: measured.measurementCount, lastMeasuredAt: measured.lastMeasuredAt,
      },
      data: { status: "APPROVED", approvedAt: now, approvedById: viewer.userId },
    });
    if (updated.count !== 1) throw new ConflictError("Số liệu đo vừa được cập nhật. Vui lòng tải lại trang rồi phê duyệt lại.");
    const revision = measured.indicator.publishRule === "MEASURED_WINS" ? await publishMeasured(tx, viewer, measured, now) : null;
    if (revision) await refreshScores(tx, { localityIds: [measured.localityId], years: [measured.period.year] });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "measured.approve", entity: "MeasuredValue", entityId: measured.id,
      before: { status: "PENDING" },
      after: {
        status: "APPROVED", value: toNumber(measured.value), publishRule: measured.indicator.publishRule,
        sourceSystem: measured.sourceSystem.name, publishedRevision: revision?.revision ?? null, actualId: revision?.actualId ?? null, createdActual: revision?.createdActual ?? false,
      },
    }], now);
    return { published: revision !== null, revision: revision?.revision ?? null };
  });
}

interface MeasuredCell {
  indicatorId: number;
  localityId: number;
  periodId: number;
  value: Prisma.Decimal | null;
  numerator: Prisma.Decimal | null;
  denominator: Prisma.Decimal | null;
  indicator: { id: number; leadAgencyId: number | null };
  locality: { id: number; level: string };
  period: { id: number; year: number };
  sourceSystem: { id: number; name: string };
}

/** Makes the measured figure the cell's published revision; an identical measured revision is reused. */
async function publishMeasured(tx: Tx, viewer: Viewer, measured: MeasuredCell, now: Date): Promise<{ actualId: number; revision: number; createdActual: boolean }> {
  const key = { indicatorId: measured.indicatorId, localityId: measured.localityId, periodId: measured.periodId };
  const existing = await tx.actual.findUnique({
    where: { indicatorId_localityId_periodId: key },
    include: { revisions: { orderBy: { revision: "desc" }, take: 1 } },
  });
  const actual = existing ?? await createEmptyActual(tx, measured);
  const last = actual.revisions[0];
  const unchanged = last !== undefined && last.origin === "MEASURED" && last.sourceSystemId === measured.sourceSystem.id
    && sameFigure(last.value, measured.value) && sameFigure(last.numerator, measured.numerator) && sameFigure(last.denominator, measured.denominator);
  const revision = unchanged ? last.revision : (last?.revision ?? 0) + 1;
  if (!unchanged) {
    await tx.actualRevision.create({
      data: {
        actualId: actual.id, revision, value: measured.value, numerator: measured.numerator, denominator: measured.denominator,
        approvedAt: now, approvedById: viewer.userId, reason: `Số liệu đo tự động từ ${measured.sourceSystem.name}`,
        origin: "MEASURED", sourceSystemId: measured.sourceSystem.id,
      },
    });
  }
  if (actual.publishedRevision !== revision) await tx.actual.update({ where: { id: actual.id }, data: { publishedRevision: revision } });
  return { actualId: actual.id, revision, createdActual: existing === null };
}

/**
 * A cell no officer has written yet: its Actual is created empty in the reporter's submission (a draft when
 * new) — the lead agency for a provincial value (the target's, else the indicator's), else the locality.
 */
async function createEmptyActual(tx: Tx, measured: MeasuredCell) {
  let reporter: Reporter = { localityId: measured.localityId, agencyId: null };
  if (measured.locality.level === "PROVINCE") {
    const target = await tx.target.findUnique({
      where: { indicatorId_localityId_year: { indicatorId: measured.indicatorId, localityId: measured.localityId, year: measured.period.year } },
      select: { leadAgencyId: true },
    });
    const agencyId = target?.leadAgencyId ?? measured.indicator.leadAgencyId;
    if (agencyId !== null) reporter = { localityId: null, agencyId };
  }
  const submission = await upsertSubmission(tx, reporter, measured.periodId);
  const created = await tx.actual.create({
    data: { indicatorId: measured.indicatorId, localityId: measured.localityId, periodId: measured.periodId, submissionId: submission.id, value: null },
  });
  return { ...created, revisions: [] };
}
