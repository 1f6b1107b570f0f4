-- Rule sets by jurisdiction and fund (issue 15). Support caps belong to a rule set that names its
-- instrument; advance rules may belong to a province's local procedure (null = national TT 36/2013).

-- CreateTable
CREATE TABLE "RuleSet" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "fund" "Fund" NOT NULL,
    "provinceId" TEXT,
    "instrumentNo" TEXT NOT NULL,
    "instrumentTitle" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "advanceBasis" TEXT NOT NULL,
    "limits" JSONB NOT NULL,
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "previousId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleSet_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RuleSet_code_key" ON "RuleSet"("code");

-- CreateIndex
CREATE INDEX "RuleSet_fund_provinceId_effectiveFrom_idx" ON "RuleSet"("fund", "provinceId", "effectiveFrom");

-- One effective date for TT 28/2018/TT-BTC: signed 28/03/2018, in force 45 days later = 12/05/2018
-- (domain.md Corrections 6). Existing rows written with 15/05 (and the old regime closed 14/05) move.
UPDATE "LegalBasis" SET "effectiveFrom" = DATE '2018-05-12' WHERE "code" = 'TT28-2018' AND "effectiveFrom" = DATE '2018-05-15';
UPDATE "LegalBasis" SET "effectiveTo" = DATE '2018-05-11' WHERE "code" = 'TTLT26-2014' AND "effectiveTo" = DATE '2018-05-14';
UPDATE "SupportRule" SET "validFrom" = DATE '2018-05-12' WHERE "validFrom" = DATE '2018-05-15';
UPDATE "SupportRule" SET "validTo" = DATE '2018-05-11' WHERE "validTo" = DATE '2018-05-14';

-- The two national rule sets existing caps belong to (the seed fills their details idempotently).
INSERT INTO "RuleSet" ("id", "code", "fund", "instrumentNo", "instrumentTitle", "issuer", "issuedOn", "effectiveFrom", "effectiveTo", "advanceBasis", "limits")
SELECT 'rs-qg-ttlt26-2014', 'QG-TTLT26-2014', 'KCQG', '26/2014/TTLT-BTC-BCT', 'Thông tư liên tịch 26/2014/TTLT-BTC-BCT', 'Bộ Tài chính – Bộ Công Thương',
       DATE '2014-02-18', DATE '2014-04-08', DATE '2018-05-11', 'Thông tư 36/2013/TT-BCT', '{"fairsAbroadPerYear": 2, "foundingDifficultAreaOnly": true}'::jsonb
WHERE EXISTS (SELECT 1 FROM "SupportRule");
INSERT INTO "RuleSet" ("id", "code", "fund", "instrumentNo", "instrumentTitle", "issuer", "issuedOn", "effectiveFrom", "effectiveTo", "advanceBasis", "limits")
SELECT 'rs-qg-tt28-2018', 'QG-TT28-2018', 'KCQG', '28/2018/TT-BTC', 'Thông tư 28/2018/TT-BTC', 'Bộ Tài chính',
       DATE '2018-03-28', DATE '2018-05-12', NULL, 'Thông tư 36/2013/TT-BCT', '{"fairsAbroadPerYear": 2, "foundingDifficultAreaOnly": true}'::jsonb
WHERE EXISTS (SELECT 1 FROM "SupportRule");

-- DropIndex
DROP INDEX "SupportRule_code_validFrom_key";

-- AlterTable
ALTER TABLE "AdvanceRule" ADD COLUMN     "ruleSetId" TEXT;

-- AlterTable
ALTER TABLE "SupportRule" ADD COLUMN     "ruleSetId" TEXT,
ADD COLUMN     "unitLabel" TEXT,
ADD COLUMN     "unitNorm" BIGINT;

UPDATE "SupportRule" SET "ruleSetId" = CASE WHEN "validFrom" < DATE '2018-05-12' THEN 'rs-qg-ttlt26-2014' ELSE 'rs-qg-tt28-2018' END;
ALTER TABLE "SupportRule" ALTER COLUMN "ruleSetId" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "SupportRule_ruleSetId_code_validFrom_key" ON "SupportRule"("ruleSetId", "code", "validFrom");

-- AddForeignKey
ALTER TABLE "SupportRule" ADD CONSTRAINT "SupportRule_ruleSetId_fkey" FOREIGN KEY ("ruleSetId") REFERENCES "RuleSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvanceRule" ADD CONSTRAINT "AdvanceRule_ruleSetId_fkey" FOREIGN KEY ("ruleSetId") REFERENCES "RuleSet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Never edited in place: an UPDATE may only close an open set (effectiveTo from NULL to a date); DELETE is refused.
CREATE FUNCTION "RuleSet_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'RuleSet rows are never deleted (versioned, audited)';
  END IF;
  IF (to_jsonb(NEW) - 'effectiveTo') IS DISTINCT FROM (to_jsonb(OLD) - 'effectiveTo')
     OR (OLD."effectiveTo" IS NOT NULL AND NEW."effectiveTo" IS DISTINCT FROM OLD."effectiveTo") THEN
    RAISE EXCEPTION 'RuleSet rows are never edited in place: add a new version';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "RuleSet_immutable" BEFORE UPDATE OR DELETE ON "RuleSet" FOR EACH ROW EXECUTE FUNCTION "RuleSet_immutable"();
