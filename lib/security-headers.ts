// Response policies shared by proxy.ts (signed-in pages) and lib/server/auth.ts. The static public pages and the
// API get theirs from next.config.js, which cannot import TypeScript: keep the two in step (tests/e2e/security-headers.spec.ts
// reads both off real responses).

/** Session cookies are `Secure` (and `__Secure-` prefixed) when production is served over HTTPS. */
export function usesSecureCookies(env: { NODE_ENV?: string; NEXTAUTH_URL?: string } = process.env): boolean {
  return env.NODE_ENV === "production" && (env.NEXTAUTH_URL ?? "").startsWith("https://");
}

/**
 * The CSP of signed-in pages, rendered per request: only scripts carrying this response's nonce run, and what
 * they load ('strict-dynamic'). Styles stay 'unsafe-inline': React renders style attributes (progress bars,
 * chart sizes) and a nonce cannot cover an attribute. `next dev` needs eval for its error overlay.
 */
export function nonceContentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable and fresh for every response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
