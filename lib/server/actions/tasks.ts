"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { readMeetingForm, readPilotEvaluationForm, readTaskForm, readTaskReportForm, readTaskReportTransitionForm } from "@/lib/schemas/task-forms";
import { getNow, getToday } from "@/lib/today";
import { requireRole } from "../auth";
import { getDb } from "../db";
import { toActionResult, type ActionResult } from "../errors";
import { approveTaskReport, returnTaskReport, saveTaskReport, submitTaskReport } from "../services/task-reports";
import { createTaskFromConclusion, evaluatePilot, recordMeeting } from "../services/tasks";

/** Records the meeting, then opens its page (where conclusions become tasks). */
export async function recordMeetingAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  let meetingId: number;
  try {
    const viewer = await requireRole("COMMITTEE", "ADMIN");
    ({ meetingId } = await recordMeeting(viewer, readMeetingForm(formData), getDb()));
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/committee/meetings");
  redirect(`/committee/meetings/${meetingId}?recorded=1`);
}

export async function createTaskFromConclusionAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("COMMITTEE", "ADMIN");
    await createTaskFromConclusion(viewer, readTaskForm(formData), getDb());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/", "layout");
  return { status: "ok", message: "Đã giao nhiệm vụ; đơn vị chủ trì sẽ thấy nhiệm vụ trên trang của mình." };
}

export async function evaluatePilotAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("COMMITTEE", "ADMIN");
    await evaluatePilot(viewer, readPilotEvaluationForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/", "layout");
  return { status: "ok", message: "Đã ghi nhận đánh giá mô hình thí điểm." };
}

export async function saveTaskReportAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("OFFICER");
    await saveTaskReport(viewer, readTaskReportForm(formData), getDb(), getToday());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/", "layout");
  return { status: "ok", message: "Đã lưu báo cáo tiến độ. Gửi báo cáo để Ban Chỉ đạo xem xét." };
}

export async function submitTaskReportAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("OFFICER");
    await submitTaskReport(viewer, readTaskReportTransitionForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/", "layout");
  return { status: "ok", message: "Đã gửi báo cáo tiến độ tới Ban Chỉ đạo." };
}

export async function approveTaskReportAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("COMMITTEE", "ADMIN");
    await approveTaskReport(viewer, readTaskReportTransitionForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/", "layout");
  return { status: "ok", message: "Đã phê duyệt báo cáo tiến độ; tình trạng nhiệm vụ đã được cập nhật." };
}

export async function returnTaskReportAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("COMMITTEE", "ADMIN");
    await returnTaskReport(viewer, readTaskReportTransitionForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/", "layout");
  return { status: "ok", message: "Đã trả lại báo cáo tiến độ kèm lý do." };
}
