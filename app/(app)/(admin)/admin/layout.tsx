import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";

/** Every admin screen carries the admin tabs; each page still checks the viewer itself. */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}
