-- CreateEnum
CREATE TYPE "ValueOrigin" AS ENUM ('DECLARED', 'MEASURED');

-- CreateEnum
CREATE TYPE "PublishRule" AS ENUM ('MEASURED_WINS', 'DECLARED_WINS');

-- CreateEnum
CREATE TYPE "MeasuredStatus" AS ENUM ('PENDING', 'APPROVED');

-- AlterTable
ALTER TABLE "ActualRevision" ADD COLUMN     "origin" "ValueOrigin" NOT NULL DEFAULT 'DECLARED',
ADD COLUMN     "sourceSystemId" INTEGER;

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "catalogueCode" TEXT,
ADD COLUMN     "catalogueFormula" TEXT,
ADD COLUMN     "publishRule" "PublishRule" NOT NULL DEFAULT 'MEASURED_WINS';

-- CreateTable
CREATE TABLE "SourceSystem" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceSystem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" SERIAL NOT NULL,
    "sourceSystemId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "tokenPrefix" TEXT NOT NULL,
    "indicatorIds" INTEGER[],
    "localityIds" INTEGER[],
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IngestBatch" (
    "id" SERIAL NOT NULL,
    "tokenId" INTEGER NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IngestBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measurement" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "localityId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "measuredOn" DATE,
    "value" DECIMAL(20,4),
    "numerator" DECIMAL(20,4),
    "denominator" DECIMAL(20,4),
    "sourceSystemId" INTEGER NOT NULL,
    "batchId" INTEGER NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Measurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasuredValue" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "localityId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "value" DECIMAL(20,4),
    "numerator" DECIMAL(20,4),
    "denominator" DECIMAL(20,4),
    "measurementCount" INTEGER NOT NULL,
    "sourceSystemId" INTEGER NOT NULL,
    "lastMeasuredAt" TIMESTAMP(3) NOT NULL,
    "status" "MeasuredStatus" NOT NULL DEFAULT 'PENDING',
    "approvedAt" TIMESTAMP(3),
    "approvedById" INTEGER,

    CONSTRAINT "MeasuredValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MethodDeviation" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "localityId" INTEGER,
    "description" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MethodDeviation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "IngestBatch_tokenId_idempotencyKey_key" ON "IngestBatch"("tokenId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "Measurement_indicatorId_localityId_periodId_idx" ON "Measurement"("indicatorId", "localityId", "periodId");

-- CreateIndex
CREATE UNIQUE INDEX "MeasuredValue_indicatorId_localityId_periodId_key" ON "MeasuredValue"("indicatorId", "localityId", "periodId");

-- CreateIndex
CREATE INDEX "MethodDeviation_indicatorId_idx" ON "MethodDeviation"("indicatorId");

-- AddForeignKey
ALTER TABLE "ActualRevision" ADD CONSTRAINT "ActualRevision_sourceSystemId_fkey" FOREIGN KEY ("sourceSystemId") REFERENCES "SourceSystem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_sourceSystemId_fkey" FOREIGN KEY ("sourceSystemId") REFERENCES "SourceSystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IngestBatch" ADD CONSTRAINT "IngestBatch_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_localityId_fkey" FOREIGN KEY ("localityId") REFERENCES "Locality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_sourceSystemId_fkey" FOREIGN KEY ("sourceSystemId") REFERENCES "SourceSystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "IngestBatch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasuredValue" ADD CONSTRAINT "MeasuredValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasuredValue" ADD CONSTRAINT "MeasuredValue_localityId_fkey" FOREIGN KEY ("localityId") REFERENCES "Locality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasuredValue" ADD CONSTRAINT "MeasuredValue_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasuredValue" ADD CONSTRAINT "MeasuredValue_sourceSystemId_fkey" FOREIGN KEY ("sourceSystemId") REFERENCES "SourceSystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasuredValue" ADD CONSTRAINT "MeasuredValue_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MethodDeviation" ADD CONSTRAINT "MethodDeviation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MethodDeviation" ADD CONSTRAINT "MethodDeviation_localityId_fkey" FOREIGN KEY ("localityId") REFERENCES "Locality"("id") ON DELETE SET NULL ON UPDATE CASCADE;
