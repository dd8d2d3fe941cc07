-- CreateIndex
CREATE INDEX "Measurement_batchId_idx" ON "Measurement"("batchId");
