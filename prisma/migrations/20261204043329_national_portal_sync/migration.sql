-- CreateTable
CREATE TABLE "NationalSync" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NationalSync_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NationalSync_eventId_key" ON "NationalSync"("eventId");

-- CreateIndex
CREATE INDEX "NationalSync_status_createdAt_idx" ON "NationalSync"("status", "createdAt");

-- CreateIndex
CREATE INDEX "NationalSync_proposalId_idx" ON "NationalSync"("proposalId");

-- The queue of the pushes (pg-boss's own function, as in 20261203082636_job_queue).
SELECT pgboss.create_queue('national-sync', '{"policy":"standard","retryLimit":5,"retryDelay":30,"retryBackoff":true}');

-- Every status change (a timeline row with a new status), whatever code path wrote it — the Prisma transition, the
-- decisions' single statement, imports — becomes a sync row and its job, in the same transaction. Illustrative
-- (minh họa) đề án never reach the national portal.
CREATE OR REPLACE FUNCTION national_sync_enqueue() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
  IF NEW."toStatus" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "Proposal" p WHERE p.id = NEW."proposalId" AND (p.fictional OR p.code IS NULL)
  ) THEN
    INSERT INTO "NationalSync" ("id", "eventId", "proposalId") VALUES (''ns_'' || NEW.id, NEW.id, NEW."proposalId")
      ON CONFLICT ("eventId") DO NOTHING;
    INSERT INTO "JobOutbox" ("queue", "data") VALUES (''national-sync'', jsonb_build_object(''eventId'', NEW.id));
  END IF;
  RETURN NEW;
END;
';

CREATE TRIGGER proposal_event_national_sync AFTER INSERT ON "ProposalEvent"
  FOR EACH ROW EXECUTE FUNCTION national_sync_enqueue();
