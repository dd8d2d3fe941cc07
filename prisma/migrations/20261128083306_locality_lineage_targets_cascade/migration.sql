-- CreateEnum
CREATE TYPE "LocalityChangeKind" AS ENUM ('ESTABLISH', 'MERGE', 'SPLIT', 'RENAME', 'REPARENT', 'ABOLISH', 'UPGRADE');

-- AlterTable
ALTER TABLE "Target" ADD COLUMN     "cascadeRule" TEXT,
ADD COLUMN     "cascadedFromId" INTEGER,
ADD COLUMN     "overridden" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "LocalityChange" (
    "id" SERIAL NOT NULL,
    "kind" "LocalityChangeKind" NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "decision" TEXT NOT NULL,
    "note" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LocalityChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LocalityLink" (
    "id" SERIAL NOT NULL,
    "changeId" INTEGER NOT NULL,
    "predecessorId" INTEGER NOT NULL,
    "successorId" INTEGER NOT NULL,
    "share" DECIMAL(7,6) NOT NULL,
    "shareBasis" TEXT,

    CONSTRAINT "LocalityLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordToken" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LocalityChange_effectiveDate_idx" ON "LocalityChange"("effectiveDate");

-- CreateIndex
CREATE INDEX "LocalityLink_successorId_idx" ON "LocalityLink"("successorId");

-- CreateIndex
CREATE INDEX "LocalityLink_predecessorId_idx" ON "LocalityLink"("predecessorId");

-- CreateIndex
CREATE UNIQUE INDEX "LocalityLink_changeId_predecessorId_successorId_key" ON "LocalityLink"("changeId", "predecessorId", "successorId");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordToken_tokenHash_key" ON "PasswordToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordToken_userId_idx" ON "PasswordToken"("userId");

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_cascadedFromId_fkey" FOREIGN KEY ("cascadedFromId") REFERENCES "Target"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalityChange" ADD CONSTRAINT "LocalityChange_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalityLink" ADD CONSTRAINT "LocalityLink_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "LocalityChange"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalityLink" ADD CONSTRAINT "LocalityLink_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Locality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalityLink" ADD CONSTRAINT "LocalityLink_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Locality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordToken" ADD CONSTRAINT "PasswordToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
