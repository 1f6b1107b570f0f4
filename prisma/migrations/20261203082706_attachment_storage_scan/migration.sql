-- CreateEnum
CREATE TYPE "ScanStatus" AS ENUM ('NOT_SCANNED', 'PENDING', 'CLEAN', 'INFECTED');

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "scanSignature" TEXT,
ADD COLUMN     "scanStatus" "ScanStatus" NOT NULL DEFAULT 'NOT_SCANNED',
ADD COLUMN     "storageKey" TEXT,
ALTER COLUMN "content" DROP NOT NULL;
