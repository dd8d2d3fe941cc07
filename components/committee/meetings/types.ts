import type { getMeetingDetail, getTaskFormOptions } from "@/lib/server/queries/meetings";

export type MeetingDetail = Awaited<ReturnType<typeof getMeetingDetail>>;
export type MeetingConclusion = MeetingDetail["meeting"]["conclusions"][number];
export type CarriedOverTask = MeetingDetail["carriedOver"][number];
export type TaskFormOptions = Awaited<ReturnType<typeof getTaskFormOptions>>;

/** The task form's controlled values, as the form fields name them (lib/schemas/task-forms.ts). */
export interface TaskFormValues {
  title: string;
  kind: "TASK" | "PILOT_MODEL";
  pillarCode: string;
  leadAgencyId: string;
  cooperatingAgencyIds: string[];
  localityIds: string[];
  indicatorIds: string[];
  deadline: string;
  description: string;
}

export const EMPTY_TASK_FORM: TaskFormValues = {
  title: "", kind: "TASK", pillarCode: "", leadAgencyId: "", cooperatingAgencyIds: [], localityIds: [], indicatorIds: [], deadline: "", description: "",
};
