/** Words that make a request for a person a complaint (priority, and the complaint ticket category). */
export const COMPLAINT_CUES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  en: ['complain', 'complaint', 'unacceptable', 'terrible', 'worst', 'angry', 'furious', 'ridiculous', 'disgrace', 'useless'],
  zh: ['投诉', '太差', '气死', '不满', '差评', '垃圾', '离谱', '太慢了'],
  es: ['queja', 'reclamación', 'reclamacion', 'reclamo', 'inaceptable', 'pésimo', 'pesimo', 'horrible', 'vergüenza'],
});

const ALL = Object.values(COMPLAINT_CUES).flat();

/** True when the message uses a complaint word in any of our languages. */
export function soundsLikeComplaint(text: string): boolean {
  const lower = text.toLowerCase();
  return ALL.some((cue) => lower.includes(cue));
}
