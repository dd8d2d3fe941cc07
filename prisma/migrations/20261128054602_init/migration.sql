-- CreateEnum
CREATE TYPE "LocalityLevel" AS ENUM ('PROVINCE', 'DISTRICT', 'COMMUNE');

-- CreateEnum
CREATE TYPE "LocalityType" AS ENUM ('TINH', 'THANH_PHO_TRUC_THUOC_TW', 'HUYEN', 'THI_XA', 'THANH_PHO_THUOC_TINH', 'QUAN', 'XA', 'PHUONG', 'THI_TRAN', 'DAC_KHU');

-- CreateEnum
CREATE TYPE "IndicatorUnit" AS ENUM ('PERCENT', 'COUNT', 'VND_BILLION', 'DAYS', 'HOURS');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "IndicatorKind" AS ENUM ('RATE', 'LEVEL', 'FLOW', 'CUMULATIVE');

-- CreateEnum
CREATE TYPE "ReportingFrequency" AS ENUM ('QUARTERLY', 'ANNUAL');

-- CreateEnum
CREATE TYPE "Comparator" AS ENUM ('GTE', 'GT', 'LTE', 'LT');

-- CreateEnum
CREATE TYPE "PeriodStatus" AS ENUM ('OPEN', 'LOCKED');

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COMMITTEE', 'OFFICER');

-- CreateTable
CREATE TABLE "Locality" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "LocalityLevel" NOT NULL,
    "type" "LocalityType" NOT NULL,
    "parentId" INTEGER,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Locality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pillar" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Pillar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "pillarId" INTEGER NOT NULL,
    "unit" "IndicatorUnit" NOT NULL,
    "direction" "Direction" NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "kind" "IndicatorKind" NOT NULL,
    "frequency" "ReportingFrequency" NOT NULL DEFAULT 'QUARTERLY',
    "levels" "LocalityLevel"[],
    "definition" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "numeratorDefinition" TEXT,
    "denominatorDefinition" TEXT,
    "leadAgencyId" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "localityId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(20,4) NOT NULL,
    "comparator" "Comparator" NOT NULL DEFAULT 'GTE',
    "baseline" DECIMAL(20,4),
    "deadline" DATE,
    "leadAgencyId" INTEGER,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingPeriod" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "deadline" DATE NOT NULL,
    "status" "PeriodStatus" NOT NULL DEFAULT 'OPEN',
    "lockedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportingPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Submission" (
    "id" SERIAL NOT NULL,
    "periodId" INTEGER NOT NULL,
    "localityId" INTEGER,
    "agencyId" INTEGER,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "submittedById" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" INTEGER,
    "returnReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actual" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "localityId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "submissionId" INTEGER NOT NULL,
    "value" DECIMAL(20,4),
    "numerator" DECIMAL(20,4),
    "denominator" DECIMAL(20,4),
    "note" TEXT,
    "evidenceUrl" TEXT,
    "updatedById" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedRevision" INTEGER,

    CONSTRAINT "Actual_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActualRevision" (
    "id" SERIAL NOT NULL,
    "actualId" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "value" DECIMAL(20,4),
    "numerator" DECIMAL(20,4),
    "denominator" DECIMAL(20,4),
    "approvedAt" TIMESTAMP(3) NOT NULL,
    "approvedById" INTEGER,
    "reason" TEXT,

    CONSTRAINT "ActualRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "localityId" INTEGER,
    "agencyId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastLoginAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Locality_parentId_idx" ON "Locality"("parentId");

-- CreateIndex
CREATE INDEX "Locality_level_idx" ON "Locality"("level");

-- CreateIndex
CREATE UNIQUE INDEX "Locality_code_validFrom_key" ON "Locality"("code", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_code_key" ON "Agency"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Pillar_code_key" ON "Pillar"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");

-- CreateIndex
CREATE INDEX "Indicator_pillarId_idx" ON "Indicator"("pillarId");

-- CreateIndex
CREATE INDEX "Target_localityId_year_idx" ON "Target"("localityId", "year");

-- CreateIndex
CREATE INDEX "Target_leadAgencyId_year_idx" ON "Target"("leadAgencyId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Target_indicatorId_localityId_year_key" ON "Target"("indicatorId", "localityId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingPeriod_year_quarter_key" ON "ReportingPeriod"("year", "quarter");

-- CreateIndex
CREATE INDEX "Submission_status_idx" ON "Submission"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_periodId_localityId_key" ON "Submission"("periodId", "localityId");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_periodId_agencyId_key" ON "Submission"("periodId", "agencyId");

-- CreateIndex
CREATE INDEX "Actual_submissionId_idx" ON "Actual"("submissionId");

-- CreateIndex
CREATE INDEX "Actual_periodId_localityId_idx" ON "Actual"("periodId", "localityId");

-- CreateIndex
CREATE UNIQUE INDEX "Actual_indicatorId_localityId_periodId_key" ON "Actual"("indicatorId", "localityId", "periodId");

-- CreateIndex
CREATE UNIQUE INDEX "ActualRevision_actualId_revision_key" ON "ActualRevision"("actualId", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "Locality" ADD CONSTRAINT "Locality_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Locality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_pillarId_fkey" FOREIGN KEY ("pillarId") REFERENCES "Pillar"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_leadAgencyId_fkey" FOREIGN KEY ("leadAgencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_localityId_fkey" FOREIGN KEY ("localityId") REFERENCES "Locality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_leadAgencyId_fkey" FOREIGN KEY ("leadAgencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_localityId_fkey" FOREIGN KEY ("localityId") REFERENCES "Locality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actual" ADD CONSTRAINT "Actual_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actual" ADD CONSTRAINT "Actual_localityId_fkey" FOREIGN KEY ("localityId") REFERENCES "Locality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actual" ADD CONSTRAINT "Actual_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actual" ADD CONSTRAINT "Actual_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actual" ADD CONSTRAINT "Actual_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActualRevision" ADD CONSTRAINT "ActualRevision_actualId_fkey" FOREIGN KEY ("actualId") REFERENCES "Actual"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActualRevision" ADD CONSTRAINT "ActualRevision_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_localityId_fkey" FOREIGN KEY ("localityId") REFERENCES "Locality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Invariants Prisma cannot express.
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_one_reporter_check" CHECK (("localityId" IS NULL) <> ("agencyId" IS NULL));
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_quarter_check" CHECK ("quarter" BETWEEN 1 AND 4);
ALTER TABLE "Locality" ADD CONSTRAINT "Locality_validity_check" CHECK ("validTo" IS NULL OR "validTo" > "validFrom");
ALTER TABLE "Actual" ADD CONSTRAINT "Actual_version_check" CHECK ("version" >= 1);
