import "server-only";
import type { Db } from "../db";
import type { Viewer } from "../viewer";

export function countUnreadNotifications(viewer: Viewer, db: Db): Promise<number> {
  return db.notification.count({ where: { userId: viewer.userId, readAt: null } });
}

/** The viewer's own notices, newest first. */
export function listNotifications(viewer: Viewer, db: Db) {
  return db.notification.findMany({
    where: { userId: viewer.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
  });
}
