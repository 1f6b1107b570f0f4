-- CreateTable
CREATE TABLE "JobOutbox" (
    "id" BIGSERIAL NOT NULL,
    "queue" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "startAfter" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobOutbox_pkey" PRIMARY KEY ("id")
);
