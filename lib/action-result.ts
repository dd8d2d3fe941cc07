/** What every server action returns to its form. */
export type ActionResult =
  | { status: "idle" }
  | { status: "ok"; message: string }
  | { status: "error"; message: string; fieldErrors: Record<string, string[]> };

export const IDLE: ActionResult = { status: "idle" };
