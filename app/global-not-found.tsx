import Link from "next/link";
import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/700.css";
import "./globals.css";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Không tìm thấy trang · Page not found" };

// Addresses that match no route at all. The app has several root layouts (public pages carry the language
// in the URL, signed-in pages do not), so this page brings its own <html>, in both languages.
export default function GlobalNotFound() {
  return (
    <html lang="vi">
      <body className="grid min-h-screen place-items-center bg-slate-50 p-6 text-slate-900">
        <main className="max-w-lg rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-bold text-brand-900">Không tìm thấy trang</h1>
          <p className="mt-2 text-slate-700">Trang bạn tìm không tồn tại hoặc đã được chuyển đi.</p>
          <p lang="en" className="mt-2 text-sm text-slate-500">Page not found: the address does not exist or has moved.</p>
          <Link href="/vi" className="mt-4 inline-block text-brand-700 underline">Về bảng điểm công khai</Link>
        </main>
      </body>
    </html>
  );
}
