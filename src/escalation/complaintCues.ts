import { wordsInEveryLanguage } from '../locale/index.ts';

/** Words that make a request for a person a complaint (priority, and the complaint ticket category), in every language (src/locale/<lang>/words.ts). */
export const COMPLAINT_CUES: readonly string[] = wordsInEveryLanguage((w) => w.complaints);

/** Words that make a request for a person one for the customs team, in every language. */
export const CUSTOMS_TEAM_CUES: readonly string[] = wordsInEveryLanguage((w) => w.customsTeam);

/** Words asking how to reach customer service, in every language. */
export const CONTACT_ASK_CUES: readonly string[] = wordsInEveryLanguage((w) => w.contactAsks);

/** Words asking when customer service is open, in every language. */
export const SERVICE_HOURS_CUES: readonly string[] = wordsInEveryLanguage((w) => w.serviceHoursAsks);

/** True when the message asks when customer service is open ("are you open on sundays", "周日有人吗"). */
export function asksServiceHours(text: string): boolean {
  return usesAny(SERVICE_HOURS_CUES, text);
}

/** True when the lower-cased message contains one of `cues` anywhere. */
function usesAny(cues: readonly string[], text: string): boolean {
  const lower = text.toLowerCase();
  return cues.some((cue) => lower.includes(cue));
}

/** True when the message asks for customer service's phone line or contact details (not for a person here). */
export function asksForContactDetails(text: string): boolean {
  return usesAny(CONTACT_ASK_CUES, text);
}

/** True when the message uses a complaint word in any of our languages. */
export function soundsLikeComplaint(text: string): boolean {
  return usesAny(COMPLAINT_CUES, text);
}

/** True when a request for a person asks for the customs team ("I'd like to speak to a customs specialist", "我想找清关专员聊一下"). */
export function asksForCustomsTeam(text: string): boolean {
  return usesAny(CUSTOMS_TEAM_CUES, text);
}
