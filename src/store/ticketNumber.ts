/** Ticket numbers customers can read out on the phone: CA- and six digits (more once past 999,999). */
export function ticketNumber(id: number): string {
  return `CA-${String(id).padStart(6, '0')}`;
}
