import type { Role } from "@/generated/prisma/enums";

/** Who is asking. Every read and write takes one; tests construct it directly. */
export interface Viewer {
  userId: number;
  name: string;
  email: string;
  role: Role;
  localityId: number | null;
  agencyId: number | null;
}
