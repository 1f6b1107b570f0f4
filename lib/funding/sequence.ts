export { nextSequence } from "@/lib/db/sequence";
