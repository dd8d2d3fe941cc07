import { describe, expect, it } from "vitest";
import { canAdminister, canEnterActuals, canReviewSubmissions, canViewSubmission, unitExistsDuring } from "../../lib/server/permissions";
import type { Viewer } from "../../lib/server/viewer";

const base = { name: "x", email: "x@example.vn" };
const officerOfCommune: Viewer = { ...base, userId: 1, role: "OFFICER", localityId: 10, agencyId: null };
const officerOfAgency: Viewer = { ...base, userId: 2, role: "OFFICER", localityId: null, agencyId: 5 };
const committee: Viewer = { ...base, userId: 3, role: "COMMITTEE", localityId: null, agencyId: null };
const admin: Viewer = { ...base, userId: 4, role: "ADMIN", localityId: null, agencyId: null };

const commune10 = { localityId: 10, agencyId: null };
const commune11 = { localityId: 11, agencyId: null };
const agency5 = { localityId: null, agencyId: 5 };
const agency6 = { localityId: null, agencyId: 6 };

describe("permissions matrix", () => {
  it.each([
    [officerOfCommune, commune10, true, true],
    [officerOfCommune, commune11, false, false],
    [officerOfCommune, agency5, false, false],
    [officerOfAgency, agency5, true, true],
    [officerOfAgency, agency6, false, false],
    [officerOfAgency, commune10, false, false],
    [committee, commune10, false, true],
    [committee, agency5, false, true],
    [admin, commune11, false, true],
  ] as const)("viewer %# → enter %s / view %s", (viewer, reporter, enter, view) => {
    expect(canEnterActuals(viewer, reporter)).toBe(enter);
    expect(canViewSubmission(viewer, reporter)).toBe(view);
  });

  it("lets only the committee and admins review, and only admins administer", () => {
    expect([officerOfCommune, officerOfAgency, committee, admin].map(canReviewSubmissions)).toEqual([false, false, true, true]);
    expect([officerOfCommune, officerOfAgency, committee, admin].map(canAdminister)).toEqual([false, false, false, true]);
  });

  it("lets a unit report only for quarters it existed in (validTo exclusive)", () => {
    const q = (start: string, end: string) => ({ startsOn: new Date(`${start}T00:00:00Z`), endsOn: new Date(`${end}T00:00:00Z`) });
    const district = { validFrom: new Date("2020-01-01T00:00:00Z"), validTo: new Date("2025-07-01T00:00:00Z") };
    const newWard = { validFrom: new Date("2025-07-01T00:00:00Z"), validTo: null };
    expect(unitExistsDuring(district, q("2025-04-01", "2025-06-30"))).toBe(true);
    expect(unitExistsDuring(district, q("2025-07-01", "2025-09-30"))).toBe(false);
    expect(unitExistsDuring(newWard, q("2025-04-01", "2025-06-30"))).toBe(false);
    expect(unitExistsDuring(newWard, q("2025-07-01", "2025-09-30"))).toBe(true);
    expect(unitExistsDuring(newWard, q("2026-07-01", "2026-09-30"))).toBe(true);
  });
});
