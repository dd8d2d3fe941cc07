import { redirect } from "next/navigation";
import { getViewer } from "@/lib/server/auth";

const HOME_BY_ROLE = { OFFICER: "/entry", COMMITTEE: "/committee", ADMIN: "/admin" } as const;

/** Where "home" is depends on who you are. */
export default async function HomeRedirect() {
  const viewer = await getViewer();
  redirect(viewer ? HOME_BY_ROLE[viewer.role] : "/login");
}
