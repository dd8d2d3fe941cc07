-- CreateEnum
CREATE TYPE "ScoreBand" AS ENUM ('MET', 'ABOVE_70', 'FROM_50_TO_70', 'BELOW_50', 'NO_DATA');

-- CreateTable
CREATE TABLE "ScoreCell" (
    "periodId" INTEGER NOT NULL,
    "localityId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "ytd" DOUBLE PRECISION,
    "targetId" INTEGER,
    "targetValue" DOUBLE PRECISION,
    "comparator" "Comparator",
    "progress" DOUBLE PRECISION,
    "band" "ScoreBand",

    CONSTRAINT "ScoreCell_pkey" PRIMARY KEY ("periodId","localityId","indicatorId")
);

-- CreateTable
CREATE TABLE "LocalityScore" (
    "periodId" INTEGER NOT NULL,
    "localityId" INTEGER NOT NULL,
    "targets" INTEGER NOT NULL,
    "met" INTEGER NOT NULL,
    "aboveSeventy" INTEGER NOT NULL,
    "fiftyToSeventy" INTEGER NOT NULL,
    "belowFifty" INTEGER NOT NULL,
    "noData" INTEGER NOT NULL,
    "averageProgress" DOUBLE PRECISION,

    CONSTRAINT "LocalityScore_pkey" PRIMARY KEY ("periodId","localityId")
);

-- CreateIndex
CREATE INDEX "ScoreCell_localityId_idx" ON "ScoreCell"("localityId");

-- CreateIndex
CREATE INDEX "LocalityScore_localityId_idx" ON "LocalityScore"("localityId");
