-- DropIndex (the printed number has no year, ND 30/2020; uniqueness moves to numberKey + seq below;
-- decisions numbered before keep their numbers, which held the year and agency, and a null key)
DROP INDEX "Decision_number_key";

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "address" TEXT,
ADD COLUMN     "detailsIllustrative" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "representativeName" TEXT,
ADD COLUMN     "representativeTitle" TEXT,
ADD COLUMN     "taxCode" TEXT,
ADD COLUMN     "treasuryAccount" TEXT,
ADD COLUMN     "treasuryName" TEXT;

-- AlterTable
ALTER TABLE "Contract" ADD COLUMN     "copies" INTEGER NOT NULL DEFAULT 4;

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "numberKey" TEXT,
ADD COLUMN     "seq" INTEGER;

-- AlterTable
ALTER TABLE "Establishment" ADD COLUMN     "bankAccount" TEXT,
ADD COLUMN     "bankName" TEXT,
ADD COLUMN     "representativeTitle" TEXT;

-- AlterTable (issued documents of every kind: the decision's rows get their subject and đề án first)
ALTER TABLE "IssuedDocument" ADD COLUMN     "proposalId" TEXT,
ADD COLUMN     "subject" TEXT,
ALTER COLUMN "decisionId" DROP NOT NULL;
UPDATE "IssuedDocument" i SET "subject" = 'decision:' || i."decisionId", "proposalId" = d."proposalId"
FROM "Decision" d WHERE d."id" = i."decisionId";
ALTER TABLE "IssuedDocument" ALTER COLUMN "subject" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Decision_number_idx" ON "Decision"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_numberKey_seq_key" ON "Decision"("numberKey", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "IssuedDocument_subject_key" ON "IssuedDocument"("subject");

-- CreateIndex
CREATE INDEX "IssuedDocument_proposalId_idx" ON "IssuedDocument"("proposalId");
