import "server-only";
import { parseIsoDate } from "@/lib/today";
import { conclusionTaskSchema, meetingSchema, pilotEvaluationSchema, taskFieldsSchema, type TaskFieldsInput } from "@/lib/schemas/tasks";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "../audit";
import type { Db } from "../db";
import { DomainValidationError, ForbiddenError, NotFoundError } from "../errors";
import { canManageTasks } from "../permissions";
import type { Viewer } from "../viewer";
import { zodToDomainError } from "./zod-errors";

type Tx = Prisma.TransactionClient;

function dateOrThrow(text: string, field: string): Date {
  const date = parseIsoDate(text);
  if (!date) throw new DomainValidationError("Ngày không hợp lệ.", { [field]: ["Ngày không có thật."] });
  return date;
}

/** The committee records a meeting and its conclusions, numbered in order, with one audit row. */
export async function recordMeeting(viewer: Viewer, rawInput: unknown, db: Db): Promise<{ meetingId: number }> {
  if (!canManageTasks(viewer)) throw new ForbiddenError();
  const parsed = meetingSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const input = parsed.data;
  const heldOn = dateOrThrow(input.heldOn, "heldOn");
  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.create({
      data: {
        heldOn, title: input.title, chair: input.chair, attendees: input.attendees, createdById: viewer.userId,
        conclusions: { create: input.conclusions.map((text, index) => ({ ordinal: index + 1, text })) },
      },
    });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "meeting.record", entity: "Meeting", entityId: meeting.id,
      after: { heldOn: input.heldOn, title: input.title, conclusions: input.conclusions.length },
    }]);
    return { meetingId: meeting.id };
  });
}

async function createTaskIn(tx: Tx, viewer: Viewer, input: TaskFieldsInput, link: { planId?: number; conclusionId?: number }) {
  const pillar = await tx.pillar.findUnique({ where: { code: input.pillarCode } });
  const lead = await tx.agency.findUnique({ where: { id: input.leadAgencyId } });
  if (!pillar) throw new DomainValidationError("Trụ cột không tồn tại.", { pillarCode: ["Trụ cột không tồn tại."] });
  if (!lead || !lead.active) throw new DomainValidationError("Đơn vị chủ trì không tồn tại.", { leadAgencyId: ["Vui lòng chọn đơn vị chủ trì."] });
  const cooperating = [...new Set(input.cooperatingAgencyIds)].filter((id) => id !== input.leadAgencyId);
  const [agencies, localities, indicators] = await Promise.all([
    tx.agency.count({ where: { id: { in: cooperating } } }),
    tx.locality.count({ where: { id: { in: input.localityIds } } }),
    tx.indicator.count({ where: { id: { in: input.indicatorIds } } }),
  ]);
  if (agencies !== cooperating.length || localities !== new Set(input.localityIds).size || indicators !== new Set(input.indicatorIds).size) {
    throw new DomainValidationError("Có đơn vị, địa phương hoặc chỉ tiêu không tồn tại trong danh sách đã chọn.");
  }
  const task = await tx.task.create({
    data: {
      title: input.title, description: input.description, kind: input.kind, pillarId: pillar.id, leadAgencyId: lead.id,
      deadline: dateOrThrow(input.deadline, "deadline"), planId: link.planId ?? null, conclusionId: link.conclusionId ?? null,
      cooperatingAgencies: { create: cooperating.map((agencyId) => ({ agencyId })) },
      localities: { create: [...new Set(input.localityIds)].map((localityId) => ({ localityId })) },
      indicators: { create: [...new Set(input.indicatorIds)].map((indicatorId) => ({ indicatorId })) },
    },
  });
  await writeAudit(tx, [{
    actorId: viewer.userId, action: "task.create", entity: "Task", entityId: task.id,
    after: { title: input.title, leadAgencyId: lead.id, deadline: input.deadline, kind: input.kind, ...link },
  }]);
  return task;
}

/** A conclusion becomes a task with an owner (lead agency) and a deadline; a conclusion may yield several. */
export async function createTaskFromConclusion(viewer: Viewer, rawInput: unknown, db: Db): Promise<{ taskId: number }> {
  if (!canManageTasks(viewer)) throw new ForbiddenError();
  const parsed = conclusionTaskSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const conclusion = await db.conclusion.findUnique({ where: { id: parsed.data.conclusionId } });
  if (!conclusion) throw new NotFoundError("Không tìm thấy kết luận.");
  return db.$transaction(async (tx) => ({ taskId: (await createTaskIn(tx, viewer, parsed.data, { conclusionId: conclusion.id })).id }));
}

/** A task added directly to a plan. */
export async function createPlanTask(viewer: Viewer, planId: number, rawInput: unknown, db: Db): Promise<{ taskId: number }> {
  if (!canManageTasks(viewer)) throw new ForbiddenError();
  const parsed = taskFieldsSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const plan = await db.plan.findUnique({ where: { id: planId } });
  if (!plan) throw new NotFoundError("Không tìm thấy kế hoạch.");
  return db.$transaction(async (tx) => ({ taskId: (await createTaskIn(tx, viewer, parsed.data, { planId: plan.id })).id }));
}

/** The committee evaluates a pilot model before it is replicated. */
export async function evaluatePilot(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<void> {
  if (!canManageTasks(viewer)) throw new ForbiddenError();
  const parsed = pilotEvaluationSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const task = await db.task.findUnique({ where: { id: parsed.data.taskId } });
  if (!task) throw new NotFoundError("Không tìm thấy nhiệm vụ.");
  if (task.kind !== "PILOT_MODEL") throw new DomainValidationError("Chỉ mô hình thí điểm mới được đánh giá trước khi nhân rộng.");
  await db.$transaction(async (tx) => {
    await tx.task.update({
      where: { id: task.id },
      data: { evaluationVerdict: parsed.data.verdict, evaluationNote: parsed.data.note, evaluatedAt: now, version: { increment: 1 } },
    });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "task.evaluate", entity: "Task", entityId: task.id,
      before: { verdict: task.evaluationVerdict }, after: { verdict: parsed.data.verdict }, reason: parsed.data.note,
    }]);
  });
}
