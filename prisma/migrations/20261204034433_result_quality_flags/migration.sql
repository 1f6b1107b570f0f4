-- AlterTable
ALTER TABLE "Result" ADD COLUMN     "qualityFlags" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "qualityNote" TEXT;
