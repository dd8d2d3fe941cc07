-- AlterTable
ALTER TABLE "LocalityScore" ADD COLUMN     "approvedValues" INTEGER NOT NULL DEFAULT 0;

-- The summary is derived data: empty it so that the next `db:deploy` (scripts/lib/migrate.ts) rebuilds it with
-- the new column filled in.
DELETE FROM "LocalityScore";
DELETE FROM "ScoreCell";
