import "server-only";
import type { NotificationKind, Prisma } from "@/generated/prisma/client";
import { getNow } from "@/lib/today";
import type { Db } from "../db";
import { log } from "../log";
import { sendMail } from "../mailer";
import type { Reporter } from "../permissions";

type Tx = Prisma.TransactionClient;

export interface NoticeContent { kind: NotificationKind; title: string; body: string; link: string | null; dedupeKey?: (userId: number) => string }

/** The active officers who report for a unit: they receive its notices. */
export async function officersOf(tx: Pick<Tx, "user">, reporter: Reporter) {
  return tx.user.findMany({
    where: { active: true, role: "OFFICER", ...(reporter.agencyId !== null ? { agencyId: reporter.agencyId } : { localityId: reporter.localityId ?? -1 }) },
    select: { id: true, email: true },
  });
}

/**
 * Creates notices inside the caller's transaction; returns the ids to e-mail once it has committed. A notice
 * whose dedupe key exists already (a repeated reminder, or two clicks racing) is skipped, not an error.
 */
export async function createNotices(tx: Pick<Tx, "notification">, userIds: number[], content: NoticeContent): Promise<number[]> {
  if (userIds.length === 0) return [];
  const created = await tx.notification.createManyAndReturn({
    data: userIds.map((userId) => ({
      userId, kind: content.kind, title: content.title, body: content.body, link: content.link,
      dedupeKey: content.dedupeKey?.(userId) ?? null, createdAt: getNow(),
    })),
    skipDuplicates: true,
    select: { id: true },
  });
  return created.map((n) => n.id);
}

/** After commit: e-mail the notices (when SMTP is configured) and record when. A failed send is logged, not thrown. */
export async function emailNotices(db: Db, ids: number[]): Promise<void> {
  if (ids.length === 0 || !process.env.SMTP_URL) return;
  const notices = await db.notification.findMany({ where: { id: { in: ids } }, include: { user: { select: { email: true } } } });
  for (const notice of notices) {
    try {
      const link = notice.link ? `\n\n${(process.env.NEXTAUTH_URL ?? "").replace(/\/$/, "")}${notice.link}` : "";
      if (await sendMail({ to: notice.user.email, subject: notice.title, text: `${notice.body}${link}` })) {
        await db.notification.update({ where: { id: notice.id }, data: { emailedAt: new Date() } });
      }
    } catch (error) {
      log.error("notice was not e-mailed", { area: "mail", noticeId: notice.id, userId: notice.userId, error });
    }
  }
}
