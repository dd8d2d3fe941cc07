import "server-only";
import { verify } from "@node-rs/argon2";
import { getServerSession, type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Role } from "@/generated/prisma/enums";
import { getDb } from "./db";
import { ForbiddenError } from "./errors";
import type { Viewer } from "./viewer";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await getDb().user.findUnique({ where: { email: parsed.data.email } });
        if (!user || !user.active) return null;
        if (!(await verify(user.passwordHash, parsed.data.password))) return null;
        await getDb().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        return { id: String(user.id), name: user.name, email: user.email };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.userId = Number(user.id);
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: typeof token.userId === "number" ? token.userId : null };
    },
  },
};

/**
 * The signed-in user, re-read from the database on every request so that a deactivated account or a
 * changed role takes effect at once rather than when the session expires.
 */
export async function getViewer(): Promise<Viewer | null> {
  const session = await getServerSession(authOptions);
  const userId = (session as { userId?: unknown } | null)?.userId;
  if (typeof userId !== "number") return null;
  const user = await getDb().user.findUnique({ where: { id: userId } });
  if (!user || !user.active) return null;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    localityId: user.localityId,
    agencyId: user.agencyId,
  };
}

/** For pages: signed-in viewer with one of the roles, else the login page (or a 403 message). */
export async function requirePageViewer(roles: Role[], from: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?callbackUrl=${encodeURIComponent(from)}`);
  if (!roles.includes(viewer.role)) redirect("/forbidden");
  return viewer;
}

/** For server actions and route handlers: the first line of each. */
export async function requireRole(...roles: Role[]): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new ForbiddenError("Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.");
  if (!roles.includes(viewer.role)) throw new ForbiddenError();
  return viewer;
}
