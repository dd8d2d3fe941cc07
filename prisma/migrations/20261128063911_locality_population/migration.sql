-- AlterTable
ALTER TABLE "Locality" ADD COLUMN     "population" INTEGER;
