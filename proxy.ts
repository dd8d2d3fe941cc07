import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { createNonce, nonceContentSecurityPolicy, usesSecureCookies } from "@/lib/security-headers";

// Next 16's proxy does two things for the signed-in part of the site, never authorisation (every page, action
// and route handler checks the caller itself, lib/server/auth.ts):
// 1. a nonce-based CSP for every page it matches: the nonce goes on the request (Next reads it from the
//    Content-Security-Policy request header and stamps its own scripts) and the policy on the response;
// 2. visitors without a session are sent from the reporting, committee and admin areas to the login page.
// The static public pages are deliberately not matched: a nonce would make them dynamic. Their CSP (and the
// other security headers) come from next.config.js.
const SIGNED_IN_AREAS = ["/entry", "/committee", "/admin"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const inArea = SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
  if (inArea && !(await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET, secureCookie: usesSecureCookies() }))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const nonce = createNonce();
  const policy = nonceContentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Every signed-in page; keep in step with SIGNED_IN_PAGES in next.config.js.
export const config = {
  matcher: [
    "/login", "/home", "/notifications", "/forbidden", "/dat-mat-khau/:path*",
    "/entry/:path*", "/committee/:path*", "/admin/:path*",
  ],
};
