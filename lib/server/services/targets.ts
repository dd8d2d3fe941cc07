import "server-only";
import type { Prisma, Target } from "@/generated/prisma/client";
import { cascadeSchema, targetSchema, type CascadeRule } from "@/lib/schemas/admin-targets";
import { parseIsoDate } from "@/lib/today";
import { writeAudit, type AuditEntry } from "../audit";
import { toNumber } from "../decimal";
import type { Db } from "../db";
import { DomainValidationError, ForbiddenError, NotFoundError } from "../errors";
import { canAdminister } from "../permissions";
import type { Viewer } from "../viewer";
import { refreshScores } from "./score-summary";
import { zodToDomainError } from "./zod-errors";

type Tx = Prisma.TransactionClient;
const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1));
const yearEnd = (year: number) => new Date(Date.UTC(year, 11, 31));
const snapshot = (t: Target) => ({
  value: toNumber(t.value), comparator: t.comparator, baseline: toNumber(t.baseline),
  deadline: t.deadline?.toISOString().slice(0, 10) ?? null, leadAgencyId: t.leadAgencyId, note: t.note, overridden: t.overridden,
});

/**
 * Admin sets the target of an indicator for a locality and year, creating it or changing the one there is.
 * Changing a cascaded target by hand marks it overridden, so later cascades leave it alone. Audited.
 */
export async function saveTarget(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<{ targetId: number }> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const parsed = targetSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const input = parsed.data;
  const deadline = input.deadline === null ? null : parseIsoDate(input.deadline);
  if (input.deadline !== null && !deadline) throw new DomainValidationError("Thời hạn không hợp lệ.", { deadline: ["Ngày không có thật."] });
  return db.$transaction(async (tx) => {
    const [indicator, locality] = await Promise.all([
      tx.indicator.findUnique({ where: { id: input.indicatorId } }),
      tx.locality.findUnique({ where: { id: input.localityId } }),
    ]);
    if (!indicator) throw new DomainValidationError("Chỉ tiêu không tồn tại.", { indicatorId: ["Vui lòng chọn chỉ tiêu."] });
    if (!locality) throw new DomainValidationError("Địa phương không tồn tại.", { localityId: ["Vui lòng chọn địa phương."] });
    // The province may hold a target of a local indicator: it is what cascades to the units below.
    if (locality.level !== "PROVINCE" && !indicator.levels.includes(locality.level)) {
      throw new DomainValidationError("Chỉ tiêu không báo cáo ở cấp này.", { localityId: [`${indicator.code} không được báo cáo ở cấp của ${locality.name}.`] });
    }
    if (locality.validFrom > yearEnd(input.year) || (locality.validTo !== null && locality.validTo <= yearStart(input.year))) {
      throw new DomainValidationError("Địa phương không tồn tại trong năm này.", { localityId: [`${locality.name} không có hiệu lực trong năm ${input.year}.`] });
    }
    const existing = await tx.target.findUnique({ where: { indicatorId_localityId_year: { indicatorId: indicator.id, localityId: locality.id, year: input.year } } });
    if (input.leadAgencyId !== null && input.leadAgencyId !== existing?.leadAgencyId) {
      const agency = await tx.agency.findUnique({ where: { id: input.leadAgencyId } });
      if (!agency || !agency.active) throw new DomainValidationError("Cơ quan chủ trì không hợp lệ.", { leadAgencyId: ["Vui lòng chọn một cơ quan đang hoạt động."] });
    }
    const data = { value: input.value, comparator: input.comparator, baseline: input.baseline, deadline, leadAgencyId: input.leadAgencyId, note: input.note };
    const target = existing
      ? await tx.target.update({ where: { id: existing.id }, data: { ...data, overridden: existing.cascadedFromId !== null ? true : existing.overridden } })
      : await tx.target.create({ data: { ...data, indicatorId: indicator.id, localityId: locality.id, year: input.year } });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: existing ? "target.update" : "target.create", entity: "Target", entityId: target.id,
      before: existing ? snapshot(existing) : null, after: { indicatorId: indicator.id, localityId: locality.id, year: input.year, ...snapshot(target) },
    }], now);
    await refreshScores(tx, { localityIds: [locality.id], years: [input.year] });
    return { targetId: target.id };
  });
}

/** Splits `total` by weight; counts stay whole numbers that add up to the total (largest remainders get the rest). */
export function splitByPopulation(total: number, weights: number[], wholeNumbers: boolean): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  if (!wholeNumbers) return exact.map((v) => Math.round(v * 10_000) / 10_000);
  const floors = exact.map(Math.floor);
  let rest = Math.round(total) - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((v, i) => ({ i, frac: v - Math.floor(v) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    rest -= 1;
  }
  return floors;
}

export interface CascadeResult { created: number; updated: number; skipped: number; units: number }

/**
 * Admin cascades a provincial target to every unit of a level that is in force at the end of the target's year
 * (the units accountable for the year; units ended earlier are not given a year's target). "SAME" gives each
 * unit the province's value (rates); "POPULATION_SHARE" splits it by population (counts and flows). Rows an
 * admin has overridden are never touched. One audit row per target written, and one for the cascade itself.
 */
export async function cascadeTarget(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<CascadeResult> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const parsed = cascadeSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const { targetId, level, rule } = parsed.data;
  return db.$transaction(async (tx) => {
    const source = await tx.target.findUnique({ where: { id: targetId }, include: { indicator: true, locality: true } });
    if (!source) throw new NotFoundError("Không tìm thấy mục tiêu.");
    if (source.locality.level !== "PROVINCE") throw new DomainValidationError("Chỉ phân bổ được mục tiêu cấp tỉnh.");
    if (!source.indicator.levels.includes(level)) {
      throw new DomainValidationError("Chỉ tiêu không báo cáo ở cấp này.", { level: [`${source.indicator.code} không được báo cáo ở cấp đã chọn.`] });
    }
    if (rule === "POPULATION_SHARE" && (source.indicator.kind === "RATE" || source.indicator.unit === "PERCENT")) {
      throw new DomainValidationError("Tỷ lệ không chia theo dân số.", { rule: ["Chỉ tiêu tỷ lệ dùng quy tắc “Giữ nguyên giá trị”: mỗi đơn vị nhận đúng tỷ lệ của tỉnh."] });
    }
    const end = yearEnd(source.year);
    const units = await tx.locality.findMany({
      where: { level, validFrom: { lte: end }, OR: [{ validTo: null }, { validTo: { gt: end } }] }, orderBy: { code: "asc" },
    });
    if (units.length === 0) throw new DomainValidationError(`Không có đơn vị nào của cấp này còn hiệu lực đến cuối năm ${source.year}.`, { level: ["Không có đơn vị nhận phân bổ."] });
    const values = cascadeValues(source, units, rule);
    return writeCascade(tx, viewer, source, units.map((u, i) => ({ localityId: u.id, value: values[i] ?? 0 })), rule, level, now);
  });
}

function cascadeValues(source: Target & { indicator: { unit: string } }, units: { name: string; population: number | null }[], rule: CascadeRule): number[] {
  const total = Number(source.value.toString());
  if (rule === "SAME") return units.map(() => total);
  const missing = units.filter((u) => !u.population);
  if (missing.length > 0) {
    throw new DomainValidationError(`Chưa có dân số của ${missing.map((u) => u.name).join(", ")}: không chia theo dân số được.`, { rule: ["Cập nhật dân số các đơn vị, hoặc chọn quy tắc khác."] });
  }
  return splitByPopulation(total, units.map((u) => u.population ?? 0), source.indicator.unit === "COUNT");
}

async function writeCascade(
  tx: Tx, viewer: Viewer, source: Target, shares: { localityId: number; value: number }[], rule: CascadeRule, level: string, now: Date,
): Promise<CascadeResult> {
  const existing = await tx.target.findMany({ where: { indicatorId: source.indicatorId, year: source.year, localityId: { in: shares.map((s) => s.localityId) } } });
  const byLocality = new Map(existing.map((t) => [t.localityId, t]));
  const result: CascadeResult = { created: 0, updated: 0, skipped: 0, units: shares.length };
  const audits: AuditEntry[] = [];
  // A rate's baseline is the province's too; a split count has no per-unit baseline to copy.
  const baseline = rule === "SAME" ? source.baseline : null;
  for (const share of shares) {
    const current = byLocality.get(share.localityId);
    if (current?.overridden) { result.skipped += 1; continue; }
    const data = { value: share.value, comparator: source.comparator, baseline, deadline: source.deadline, cascadedFromId: source.id, cascadeRule: rule };
    const written = current
      ? await tx.target.update({ where: { id: current.id }, data })
      : await tx.target.create({ data: { ...data, indicatorId: source.indicatorId, localityId: share.localityId, year: source.year } });
    result[current ? "updated" : "created"] += 1;
    audits.push({
      actorId: viewer.userId, action: "target.cascade", entity: "Target", entityId: written.id,
      before: current ? snapshot(current) : null, after: { localityId: share.localityId, ...snapshot(written), cascadedFromId: source.id, cascadeRule: rule },
    });
  }
  audits.push({ actorId: viewer.userId, action: "target.cascadeFrom", entity: "Target", entityId: source.id, after: { level, rule, ...result } });
  await writeAudit(tx, audits, now);
  await refreshScores(tx, { localityIds: shares.map((s) => s.localityId), years: [source.year] });
  return result;
}
