import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { getServerSession, type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Role } from "@/generated/prisma/enums";
import { rateLimitedCode } from "@/lib/login-errors";
import { usesSecureCookies } from "@/lib/security-headers";
import { getDb } from "./db";
import { ForbiddenError } from "./errors";
import { log } from "./log";
import { LoginThrottle, SlidingWindowRateLimiter } from "./rate-limit";
import type { Viewer } from "./viewer";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});

// Failed sign-ins: 5 per account and 20 per client address within 15 minutes. The counts live in this server
// process's memory, so each instance of a multi-instance deployment keeps its own (README: Security).
const FAILURE_WINDOW_MS = 15 * 60_000;
const loginThrottle = new LoginThrottle(
  new SlidingWindowRateLimiter({ limit: 5, windowMs: FAILURE_WINDOW_MS }),
  new SlidingWindowRateLimiter({ limit: 20, windowMs: FAILURE_WINDOW_MS }),
);

/**
 * The client's address as the reverse proxy in front reports it: the first X-Forwarded-For entry, else X-Real-IP.
 * Only a proxy that overwrites these headers makes them trustworthy; without one a client can name any address
 * (the per-account limit still holds). Cut short so a forged header cannot make the key large.
 */
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
  const forwarded = first(headers?.["x-forwarded-for"]);
  const realIp = first(headers?.["x-real-ip"]);
  const address = typeof forwarded === "string" && forwarded.trim() ? forwarded.split(",")[0] : realIp;
  return typeof address === "string" && address.trim() ? address.trim().slice(0, 64) : "unknown";
}

// An unknown e-mail costs the same hash check as a wrong password, so response times do not tell which accounts exist.
let decoyHash: Promise<string> | null = null;

async function checkPassword(email: string, password: string) {
  const user = await getDb().user.findUnique({ where: { email } });
  if (!user) {
    decoyHash ??= hash(randomBytes(32).toString("base64url"));
    await verify(await decoyHash, password);
    return null;
  }
  return (await verify(user.passwordHash, password)) && user.active ? user : null;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  // Errors come back to the login page as ?error=<code> (lib/login-errors.ts), never to next-auth's own pages.
  pages: { signIn: "/login", error: "/login" },
  // httpOnly and SameSite=Lax are next-auth's defaults for every cookie; Secure (and the __Secure- prefix) is
  // switched on here explicitly for production over HTTPS.
  useSecureCookies: usesSecureCookies(),
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, req) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const attempt = loginThrottle.begin(parsed.data.email, clientAddress(req.headers));
        if (!attempt.allowed) {
          // Neither the address nor the e-mail is logged: they would outlive the 15-minute window in the logs.
          log.warn("sign-in refused: too many failures", { area: "auth", retryAfterSeconds: attempt.retryAfterSeconds });
          throw new Error(rateLimitedCode(attempt.retryAfterSeconds));
        }
        let user: Awaited<ReturnType<typeof checkPassword>>;
        try {
          user = await checkPassword(parsed.data.email, parsed.data.password);
          if (user) await getDb().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        } catch (error) {
          // next-auth would put the message in the URL: the browser gets a code, the log gets the cause.
          attempt.settle("aborted");
          log.error("sign-in check failed", { area: "auth", error });
          throw new Error("LoginUnavailable");
        }
        attempt.settle(user ? "success" : "failure");
        if (!user) return null;
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

// Tests may say who is calling (and only that): runAsCaller sets the user id a session would carry. Everything
// after it is the real path: the user is re-read, an inactive one is refused, the role is checked.
const testCaller = new AsyncLocalStorage<{ userId: number | null }>();

/** Tests only: runs `fn` as if a session for this user id (null: anonymous) came with the request. */
export function runAsCaller<T>(userId: number | null, fn: () => Promise<T>): Promise<T> {
  if (process.env.NODE_ENV !== "test") throw new Error("runAsCaller is for tests only");
  return testCaller.run({ userId }, fn);
}

/**
 * The signed-in user, re-read from the database on every request so that a deactivated account or a
 * changed role takes effect at once rather than when the session expires.
 */
export async function getViewer(): Promise<Viewer | null> {
  const caller = testCaller.getStore();
  const userId = caller ? caller.userId : ((await getServerSession(authOptions)) as { userId?: unknown } | null)?.userId;
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
