import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * A bare root layout for the measurement baseline: the JavaScript every App Router page ships no matter
 * what it shows. The first-load JS test and `npm run bench` compare the public pages with it.
 */
export default function BaselineLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  );
}
