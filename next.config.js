import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const dev = process.env.NODE_ENV === "development";

// Signed-in pages get a per-request nonce CSP from proxy.ts (keep this list in step with its matcher).
const SIGNED_IN_PAGES = ["login", "home", "notifications", "forbidden", "dat-mat-khau", "entry", "committee", "admin"];

// Static public pages (app/(public)/[locale]/…, ISR) and the rest. A nonce would make them dynamic, and hashes of
// Next's inline scripts (the RSC payload) change with every build and every revalidation, so inline scripts are
// allowed here ('unsafe-inline'), while inline event handlers (script-src-attr) and eval are not. What keeps this
// acceptable: these pages show only approved figures, React escapes all text, and nothing renders raw HTML.
const publicPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

// Route handlers return data and files, never pages: nothing in them may run or be framed. Next keeps this header
// over one a handler sets itself, so it must be at least as strict as any of theirs (evidence: sandbox).
const apiPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

// For every response, static assets included.
const everywhere = [
  // Browsers ignore HSTS over plain HTTP, so local http://127.0.0.1 runs are unaffected.
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=(), accelerometer=(), gyroscope=(), magnetometer=(), browsing-topics=()",
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // NEXT_DIST_DIR lets a benchmark build and serve beside a test build in the same tree.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  devIndicators: false,
  // Native and Node-only packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "file-type"],
  // Evidence files (≤ 5 MB) and import files (≤ 2 MB) arrive through server actions, whose default limit is 1 MB.
  // Server actions are refused unless their Origin matches the Host (Next's own check; no allowedOrigins needed
  // while the reverse proxy passes the Host through). globalNotFound: the app has several root layouts (public
  // pages carry the language in the URL).
  experimental: { serverActions: { bodySizeLimit: "6mb" }, globalNotFound: true },
  // The bare address serves the Vietnamese public scoreboard (statically rendered at /vi).
  async rewrites() {
    return [{ source: "/", destination: "/vi" }];
  },
  async headers() {
    return [
      { source: "/:path*", headers: everywhere },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiPolicy }] },
      {
        source: `/((?!(?:api|_next|${SIGNED_IN_PAGES.join("|")})(?:/|$)).*)`,
        headers: [{ key: "Content-Security-Policy", value: publicPolicy }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
