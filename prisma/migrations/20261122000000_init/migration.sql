-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('INCREASE', 'DECREASE');

-- CreateEnum
CREATE TYPE "EstablishmentKind" AS ENUM ('DN', 'HTX', 'THT', 'HKD', 'LHHTX', 'NGHE_NHAN');

-- CreateEnum
CREATE TYPE "LedgerKind" AS ENUM ('COMMITMENT', 'ADVANCE', 'FINAL_PAYMENT', 'REFUND', 'COUNTERPART');

-- CreateEnum
CREATE TYPE "VisitKind" AS ENUM ('MONITORING', 'POST_CHECK');

-- CreateEnum
CREATE TYPE "AmendmentKind" AS ENUM ('AMOUNT_INCREASE', 'AMOUNT_DECREASE', 'BENEFICIARY', 'LOCATION', 'TIME', 'CONTENT', 'STOP', 'FORCE_MAJEURE');

-- CreateEnum
CREATE TYPE "AmendmentStatus" AS ENUM ('REQUESTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "AcceptanceKind" AS ENUM ('BASE', 'FINAL');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ENTERPRISE', 'STAFF', 'APPRAISER', 'LEADER', 'ADMIN', 'MINISTRY_VIEWER');

-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('MINISTRY', 'CENTRAL_AGENCY', 'PROVINCE_COMMITTEE', 'DEPARTMENT', 'CENTRE', 'COMMUNE_COMMITTEE');

-- CreateEnum
CREATE TYPE "AdminLevel" AS ENUM ('PROVINCE', 'DISTRICT', 'COMMUNE');

-- CreateEnum
CREATE TYPE "SignMode" AS ENUM ('DIRECT', 'KY_THAY', 'THUA_LENH', 'UY_QUYEN');

-- CreateEnum
CREATE TYPE "Fund" AS ENUM ('KCQG', 'KCDP');

-- CreateEnum
CREATE TYPE "ProgrammeScope" AS ENUM ('NATIONAL', 'LOCAL');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'UNDER_APPRAISAL', 'BASE_APPRAISED', 'MINISTRY_APPRAISAL', 'SCORED', 'RECOMMENDED', 'NOT_RECOMMENDED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'CONTRACTED', 'IN_PROGRESS', 'ACCEPTED', 'SETTLED', 'STOPPED');

-- CreateEnum
CREATE TYPE "Pipeline" AS ENUM ('LOCAL', 'NATIONAL');

-- CreateEnum
CREATE TYPE "ProposalKind" AS ENUM ('CU_THE', 'NHOM', 'DIEM');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('BUSINESS_LICENCE', 'QUOTATION', 'PHOTO', 'FINANCIAL', 'COMMITMENT', 'SUPPLEMENT', 'DECISION', 'CONTRACT', 'PROGRESS', 'ACCEPTANCE', 'SETTLEMENT', 'EVIDENCE', 'OTHER');

-- CreateEnum
CREATE TYPE "ConflictStatus" AS ENUM ('PENDING', 'NO_CONFLICT', 'RECUSED');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('APPROVE', 'REJECT', 'RETURN', 'RECOMMEND', 'NOT_RECOMMEND', 'PLAN_APPROVAL');

-- CreateEnum
CREATE TYPE "ResultOrigin" AS ENUM ('ACCEPTANCE', 'MANUAL', 'SEED');

-- CreateEnum
CREATE TYPE "ResultStatus" AS ENUM ('DRAFT', 'APPROVED');

-- CreateEnum
CREATE TYPE "ProductLevel" AS ENUM ('COMMUNE', 'DISTRICT', 'PROVINCE', 'REGION', 'NATION');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED', 'STORED');

-- CreateTable
CREATE TABLE "LegalBasis" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "note" TEXT,

    CONSTRAINT "LegalBasis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityCategory" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "contentNo" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "description" TEXT,
    "legalBasisId" TEXT NOT NULL,
    "article" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "advanceType" TEXT,

    CONSTRAINT "ActivityCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportRule" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "activityCode" TEXT NOT NULL,
    "costKind" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "maxPercentBp" INTEGER,
    "maxAmount" BIGINT,
    "priorityMultiplierBp" INTEGER,
    "legalBasisId" TEXT NOT NULL,
    "article" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "verified" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupportRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdvanceRule" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "advanceType" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "firstAdvanceBp" INTEGER NOT NULL,
    "maxBeforeAcceptanceBp" INTEGER NOT NULL DEFAULT 7000,
    "condition" TEXT NOT NULL,
    "requiresInvestmentDoneBp" INTEGER,
    "requiresAcceptance" BOOLEAN NOT NULL DEFAULT false,
    "legalBasisId" TEXT NOT NULL,
    "article" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,

    CONSTRAINT "AdvanceRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rubric" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "legalRef" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rubric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RubricCriterion" (
    "id" TEXT NOT NULL,
    "rubricId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "weightBp" INTEGER NOT NULL,
    "maxScore" INTEGER NOT NULL DEFAULT 10,
    "position" INTEGER NOT NULL,

    CONSTRAINT "RubricCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "unit" TEXT NOT NULL,
    "isMoney" BOOLEAN NOT NULL DEFAULT false,
    "direction" "IndicatorDirection" NOT NULL DEFAULT 'INCREASE',
    "cumulative" BOOLEAN NOT NULL DEFAULT true,
    "valueScale" INTEGER NOT NULL DEFAULT 1,
    "note" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Establishment" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "EstablishmentKind" NOT NULL,
    "taxCode" TEXT,
    "householdRegNo" TEXT,
    "communeId" TEXT,
    "address" TEXT,
    "industry" TEXT NOT NULL,
    "industryCode" TEXT,
    "workforce" INTEGER NOT NULL DEFAULT 0,
    "womenOwned" BOOLEAN NOT NULL DEFAULT false,
    "ethnicMinorityOwned" BOOLEAN NOT NULL DEFAULT false,
    "representative" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "agencyId" TEXT,
    "fictional" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "anonymizedAt" TIMESTAMP(3),

    CONSTRAINT "Establishment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "signedAt" DATE NOT NULL,
    "amount" BIGINT NOT NULL,
    "partyA" TEXT NOT NULL,
    "partyB" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "kind" "LedgerKind" NOT NULL,
    "amount" BIGINT NOT NULL,
    "occurredAt" DATE NOT NULL,
    "note" TEXT,
    "ruleCode" TEXT,
    "evidenceDocumentId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressReport" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "percentComplete" INTEGER NOT NULL,
    "investmentDoneBp" INTEGER NOT NULL DEFAULT 0,
    "content" TEXT NOT NULL,
    "issues" TEXT,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "photoDocumentIds" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "ProgressReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringVisit" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "kind" "VisitKind" NOT NULL,
    "visitedAt" DATE NOT NULL,
    "findings" TEXT NOT NULL,
    "compliant" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonitoringVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Amendment" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "kind" "AmendmentKind" NOT NULL,
    "status" "AmendmentStatus" NOT NULL DEFAULT 'REQUESTED',
    "requiredAuthority" TEXT NOT NULL,
    "details" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNo" TEXT,
    "decisionReason" TEXT,

    CONSTRAINT "Amendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Acceptance" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "kind" "AcceptanceKind" NOT NULL DEFAULT 'BASE',
    "minutesNo" TEXT NOT NULL,
    "acceptedAt" DATE NOT NULL,
    "note" TEXT,
    "doubleFundingFlag" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Acceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Settlement" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "settledAt" DATE NOT NULL,
    "approvedSupport" BIGINT NOT NULL,
    "disbursed" BIGINT NOT NULL,
    "refunded" BIGINT NOT NULL,
    "settledSupport" BIGINT NOT NULL,
    "counterpart" BIGINT NOT NULL,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Settlement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "checkedAt" DATE NOT NULL,
    "machineInUse" BOOLEAN,
    "jobsKept" INTEGER,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdminUnit" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "AdminLevel" NOT NULL,
    "parentId" TEXT,
    "successorId" TEXT,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "difficultArea" BOOLEAN NOT NULL DEFAULT false,
    "ethnicMinority" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "AdminUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "kind" "AgencyKind" NOT NULL,
    "provinceId" TEXT,
    "parentId" TEXT,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "passwordHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "title" TEXT,
    "agencyId" TEXT,
    "establishmentId" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delegation" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "delegatorId" TEXT NOT NULL,
    "delegateId" TEXT NOT NULL,
    "mode" "SignMode" NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3) NOT NULL,
    "scope" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scope" "ProgrammeScope" NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "decisionNo" TEXT,
    "decisionDate" DATE,
    "agencyId" TEXT,
    "source" TEXT,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualPlan" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "programmeId" TEXT,
    "year" INTEGER NOT NULL,
    "fund" "Fund" NOT NULL,
    "name" TEXT NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "decisionNo" TEXT,
    "decisionDate" DATE,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "envelopeId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnualPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanBatch" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "PlanBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetEnvelope" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "fund" "Fund" NOT NULL,
    "amount" BIGINT NOT NULL,
    "committed" BIGINT NOT NULL DEFAULT 0,
    "source" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetEnvelope_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "code" TEXT,
    "title" TEXT NOT NULL,
    "objectives" TEXT NOT NULL DEFAULT '',
    "location" TEXT,
    "activityCategoryId" TEXT NOT NULL,
    "establishmentId" TEXT,
    "implementingUnit" TEXT,
    "agencyId" TEXT NOT NULL,
    "communeId" TEXT,
    "fund" "Fund" NOT NULL DEFAULT 'KCDP',
    "pipeline" "Pipeline" NOT NULL DEFAULT 'LOCAL',
    "kind" "ProposalKind" NOT NULL DEFAULT 'CU_THE',
    "year" INTEGER NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "startDate" DATE,
    "endDate" DATE,
    "totalCost" BIGINT NOT NULL DEFAULT 0,
    "requestedSupport" BIGINT NOT NULL DEFAULT 0,
    "approvedSupport" BIGINT,
    "counterpart" BIGINT NOT NULL DEFAULT 0,
    "attestCounterpart" BOOLEAN NOT NULL DEFAULT false,
    "attestNoDoubleFunding" BOOLEAN NOT NULL DEFAULT false,
    "priorityArea" BOOLEAN NOT NULL DEFAULT false,
    "planId" TEXT,
    "batchId" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "searchText" TEXT NOT NULL DEFAULT '',
    "draftData" JSONB,
    "round" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "assisted" BOOLEAN NOT NULL DEFAULT false,
    "fictional" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT,
    "createdById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "item" TEXT NOT NULL,
    "costKind" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "unit" TEXT NOT NULL DEFAULT 'cái',
    "unitPrice" BIGINT NOT NULL,
    "total" BIGINT NOT NULL,
    "requestedSupport" BIGINT NOT NULL,
    "counterpart" BIGINT NOT NULL,

    CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT,
    "kind" "DocumentKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalEvent" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "ProposalStatus",
    "toStatus" "ProposalStatus",
    "actorId" TEXT,
    "actorName" TEXT,
    "onBehalfOfName" TEXT,
    "reason" TEXT,
    "round" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupplementRequest" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "items" TEXT[],
    "reason" TEXT NOT NULL,
    "deadline" DATE NOT NULL,
    "requestedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),
    "answerNote" TEXT,

    CONSTRAINT "SupplementRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "appraiserId" TEXT NOT NULL,
    "assignedById" TEXT NOT NULL,
    "conflict" "ConflictStatus" NOT NULL DEFAULT 'PENDING',
    "conflictNote" TEXT,
    "declaredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Score" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "appraiserId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "justification" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT,
    "planId" TEXT,
    "kind" "DecisionKind" NOT NULL,
    "number" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "signerId" TEXT NOT NULL,
    "signerName" TEXT NOT NULL,
    "onBehalfOfId" TEXT,
    "onBehalfOfName" TEXT,
    "signMode" "SignMode" NOT NULL DEFAULT 'DIRECT',
    "round" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SequenceCounter" (
    "key" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "SequenceCounter_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "programmeId" TEXT,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "year" INTEGER,
    "provinceId" TEXT,
    "agencyId" TEXT,
    "fund" "Fund",
    "value" BIGINT NOT NULL,
    "atLeast" BOOLEAN NOT NULL DEFAULT false,
    "rawText" TEXT,
    "source" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Result" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "year" INTEGER,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "provinceId" TEXT,
    "agencyId" TEXT,
    "fund" "Fund",
    "activityCategoryId" TEXT,
    "communeId" TEXT,
    "proposalId" TEXT,
    "acceptanceId" TEXT,
    "value" BIGINT NOT NULL,
    "atLeast" BOOLEAN NOT NULL DEFAULT false,
    "origin" "ResultOrigin" NOT NULL,
    "status" "ResultStatus" NOT NULL DEFAULT 'APPROVED',
    "rawText" TEXT,
    "evidence" TEXT,
    "source" TEXT,
    "createdById" TEXT,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TypicalProduct" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "establishmentId" TEXT,
    "producer" TEXT,
    "level" "ProductLevel" NOT NULL,
    "year" INTEGER NOT NULL,
    "certificateNo" TEXT,
    "expiresAt" DATE NOT NULL,
    "provinceId" TEXT,
    "productGroup" INTEGER NOT NULL DEFAULT 4,
    "source" TEXT,
    "fictional" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TypicalProduct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorRole" TEXT,
    "onBehalfOfId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "reason" TEXT,
    "data" JSONB,
    "assisted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "DeletionLog" (
    "id" TEXT NOT NULL,
    "establishmentId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "fields" TEXT[],
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeletionLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LegalBasis_code_key" ON "LegalBasis"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityCategory_code_validFrom_key" ON "ActivityCategory"("code", "validFrom");

-- CreateIndex
CREATE INDEX "SupportRule_activityCode_idx" ON "SupportRule"("activityCode");

-- CreateIndex
CREATE UNIQUE INDEX "SupportRule_code_validFrom_key" ON "SupportRule"("code", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "AdvanceRule_code_validFrom_key" ON "AdvanceRule"("code", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Rubric_code_key" ON "Rubric"("code");

-- CreateIndex
CREATE UNIQUE INDEX "RubricCriterion_rubricId_code_key" ON "RubricCriterion"("rubricId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Holiday_date_key" ON "Holiday"("date");

-- CreateIndex
CREATE UNIQUE INDEX "Establishment_taxCode_key" ON "Establishment"("taxCode");

-- CreateIndex
CREATE INDEX "Establishment_communeId_idx" ON "Establishment"("communeId");

-- CreateIndex
CREATE INDEX "Establishment_agencyId_idx" ON "Establishment"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_proposalId_key" ON "Contract"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_number_key" ON "Contract"("number");

-- CreateIndex
CREATE INDEX "LedgerEntry_proposalId_kind_idx" ON "LedgerEntry"("proposalId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressReport_proposalId_period_key" ON "ProgressReport"("proposalId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "Settlement_proposalId_key" ON "Settlement"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "Settlement_number_key" ON "Settlement"("number");

-- CreateIndex
CREATE UNIQUE INDEX "AdminUnit_code_key" ON "AdminUnit"("code");

-- CreateIndex
CREATE INDEX "AdminUnit_parentId_idx" ON "AdminUnit"("parentId");

-- CreateIndex
CREATE INDEX "AdminUnit_successorId_idx" ON "AdminUnit"("successorId");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_code_key" ON "Agency"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_phone_key" ON "User"("phone");

-- CreateIndex
CREATE INDEX "User_agencyId_idx" ON "User"("agencyId");

-- CreateIndex
CREATE INDEX "User_establishmentId_idx" ON "User"("establishmentId");

-- CreateIndex
CREATE INDEX "Delegation_delegateId_validFrom_validTo_idx" ON "Delegation"("delegateId", "validFrom", "validTo");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_code_key" ON "Programme"("code");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualPlan_agencyId_year_fund_key" ON "AnnualPlan"("agencyId", "year", "fund");

-- CreateIndex
CREATE UNIQUE INDEX "PlanBatch_planId_number_key" ON "PlanBatch"("planId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetEnvelope_agencyId_year_fund_key" ON "BudgetEnvelope"("agencyId", "year", "fund");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_code_key" ON "Proposal"("code");

-- CreateIndex
CREATE INDEX "Proposal_agencyId_status_idx" ON "Proposal"("agencyId", "status");

-- CreateIndex
CREATE INDEX "Proposal_agencyId_year_fund_idx" ON "Proposal"("agencyId", "year", "fund");

-- CreateIndex
CREATE INDEX "Proposal_establishmentId_idx" ON "Proposal"("establishmentId");

-- CreateIndex
CREATE INDEX "Proposal_communeId_idx" ON "Proposal"("communeId");

-- CreateIndex
CREATE INDEX "Proposal_planId_idx" ON "Proposal"("planId");

-- CreateIndex
CREATE INDEX "Proposal_status_year_idx" ON "Proposal"("status", "year");

-- CreateIndex
CREATE INDEX "BudgetLine_proposalId_idx" ON "BudgetLine"("proposalId");

-- CreateIndex
CREATE INDEX "Document_proposalId_idx" ON "Document"("proposalId");

-- CreateIndex
CREATE INDEX "ProposalEvent_proposalId_createdAt_idx" ON "ProposalEvent"("proposalId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SupplementRequest_proposalId_round_key" ON "SupplementRequest"("proposalId", "round");

-- CreateIndex
CREATE INDEX "Message_proposalId_createdAt_idx" ON "Message"("proposalId", "createdAt");

-- CreateIndex
CREATE INDEX "Assignment_appraiserId_idx" ON "Assignment"("appraiserId");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_proposalId_appraiserId_key" ON "Assignment"("proposalId", "appraiserId");

-- CreateIndex
CREATE UNIQUE INDEX "Score_proposalId_appraiserId_criterionId_key" ON "Score"("proposalId", "appraiserId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_number_key" ON "Decision"("number");

-- CreateIndex
CREATE INDEX "Decision_proposalId_idx" ON "Decision"("proposalId");

-- CreateIndex
CREATE INDEX "Target_indicatorId_startYear_endYear_idx" ON "Target"("indicatorId", "startYear", "endYear");

-- CreateIndex
CREATE INDEX "Result_indicatorId_startYear_idx" ON "Result"("indicatorId", "startYear");

-- CreateIndex
CREATE INDEX "Result_provinceId_year_idx" ON "Result"("provinceId", "year");

-- CreateIndex
CREATE INDEX "Result_proposalId_idx" ON "Result"("proposalId");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- AddForeignKey
ALTER TABLE "ActivityCategory" ADD CONSTRAINT "ActivityCategory_legalBasisId_fkey" FOREIGN KEY ("legalBasisId") REFERENCES "LegalBasis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRule" ADD CONSTRAINT "SupportRule_legalBasisId_fkey" FOREIGN KEY ("legalBasisId") REFERENCES "LegalBasis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvanceRule" ADD CONSTRAINT "AdvanceRule_legalBasisId_fkey" FOREIGN KEY ("legalBasisId") REFERENCES "LegalBasis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RubricCriterion" ADD CONSTRAINT "RubricCriterion_rubricId_fkey" FOREIGN KEY ("rubricId") REFERENCES "Rubric"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Establishment" ADD CONSTRAINT "Establishment_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Establishment" ADD CONSTRAINT "Establishment_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringVisit" ADD CONSTRAINT "MonitoringVisit_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Acceptance" ADD CONSTRAINT "Acceptance_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Settlement" ADD CONSTRAINT "Settlement_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdminUnit" ADD CONSTRAINT "AdminUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdminUnit" ADD CONSTRAINT "AdminUnit_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_establishmentId_fkey" FOREIGN KEY ("establishmentId") REFERENCES "Establishment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_delegatorId_fkey" FOREIGN KEY ("delegatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_delegateId_fkey" FOREIGN KEY ("delegateId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlan" ADD CONSTRAINT "AnnualPlan_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlan" ADD CONSTRAINT "AnnualPlan_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlan" ADD CONSTRAINT "AnnualPlan_envelopeId_fkey" FOREIGN KEY ("envelopeId") REFERENCES "BudgetEnvelope"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanBatch" ADD CONSTRAINT "PlanBatch_planId_fkey" FOREIGN KEY ("planId") REFERENCES "AnnualPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetEnvelope" ADD CONSTRAINT "BudgetEnvelope_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_activityCategoryId_fkey" FOREIGN KEY ("activityCategoryId") REFERENCES "ActivityCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_establishmentId_fkey" FOREIGN KEY ("establishmentId") REFERENCES "Establishment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "AnnualPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "PlanBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalEvent" ADD CONSTRAINT "ProposalEvent_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplementRequest" ADD CONSTRAINT "SupplementRequest_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_appraiserId_fkey" FOREIGN KEY ("appraiserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "RubricCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_activityCategoryId_fkey" FOREIGN KEY ("activityCategoryId") REFERENCES "ActivityCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_acceptanceId_fkey" FOREIGN KEY ("acceptanceId") REFERENCES "Acceptance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TypicalProduct" ADD CONSTRAINT "TypicalProduct_establishmentId_fkey" FOREIGN KEY ("establishmentId") REFERENCES "Establishment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The audit log is append-only, enforced by the database itself (not only by the application).
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
  RAISE EXCEPTION ''AuditLog is append-only: % is not allowed'', TG_OP;
END;
';

CREATE TRIGGER audit_log_no_update_delete
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
