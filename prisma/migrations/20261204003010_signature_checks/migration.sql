-- CreateTable
CREATE TABLE "SignatureCheck" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "signer" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3),
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignatureCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SignatureCheck_documentId_key" ON "SignatureCheck"("documentId");

-- AddForeignKey
ALTER TABLE "SignatureCheck" ADD CONSTRAINT "SignatureCheck_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
