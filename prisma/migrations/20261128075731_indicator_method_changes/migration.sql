-- CreateTable
CREATE TABLE "IndicatorMethodChange" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "descriptionVi" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorMethodChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorMethodChange_indicatorId_effectiveFrom_key" ON "IndicatorMethodChange"("indicatorId", "effectiveFrom");

-- AddForeignKey
ALTER TABLE "IndicatorMethodChange" ADD CONSTRAINT "IndicatorMethodChange_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
