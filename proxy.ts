import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

// Next 16's proxy only redirects visitors without a session to the login page. Authorisation happens in
// every page, action and route handler (lib/server/auth.ts), never here.
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/entry/:path*", "/committee/:path*", "/admin/:path*"] };
