import type { getAgencyTasks } from "@/lib/server/queries/tasks";

/** What getAgencyTasks returns for an agency's officer (null for everyone else). */
export type AgencyTasks = NonNullable<Awaited<ReturnType<typeof getAgencyTasks>>>;
export type AgencyTask = AgencyTasks["tasks"][number];
export type AgencyTaskReport = NonNullable<AgencyTask["report"]>;
