-- AlterTable
ALTER TABLE "Result" ADD COLUMN     "nationalAcceptedAt" TIMESTAMP(3),
ADD COLUMN     "nationalAcceptedById" TEXT;
