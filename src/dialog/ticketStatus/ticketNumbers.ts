/**
 * Ticket numbers in what the customer wrote: "CA-000123", "ca-000123", "CA 000123", full-width
 * characters alike; returned as the desk writes them (CA-000123).
 */
const TICKET_NUMBER = /\bCA[-\s]?(\d{6})\b/giu;

/** The ticket numbers a message names, in order, each once. */
export function ticketNumbersIn(text: string): string[] {
  const found = [...text.normalize('NFKC').matchAll(TICKET_NUMBER)].map((m) => `CA-${m[1]}`);
  return [...new Set(found)];
}
