export { loadCalendar } from "@/lib/db/calendar";
