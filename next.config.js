import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

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
  // globalNotFound: the app has several root layouts (public pages carry the language in the URL).
  experimental: { serverActions: { bodySizeLimit: "6mb" }, globalNotFound: true },
  // The bare address serves the Vietnamese public scoreboard (statically rendered at /vi).
  async rewrites() {
    return [{ source: "/", destination: "/vi" }];
  },
};

export default withNextIntl(nextConfig);
