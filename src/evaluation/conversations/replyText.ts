/**
 * What a customer reads in a reply's words, in en, zh and es: a request to link the account or to
 * send a tracking number, a role named, a clock time next to a place. Written from the domain (the
 * SOP's role names, how carriers state times), not from the dialog's texts.
 */
import type { AccountRole } from '../../store/records.ts';

/** The bot asks the customer to link the chat to an account (e-mail, code) before answering. */
const ASKS_TO_LINK: readonly RegExp[] = [
  /\blink (this|the) chat\b|\blink your account\b|\be-?mail address (on|of) your account\b|\bverify (it'?s|that it is) you\b/i,
  /(关联|绑定).{0,6}(账户|账号)|账户(的)?(邮箱|电子邮件)|(邮箱|电子邮件)地址是/,
  /\bvincular (este|el) chat\b|\bvincular tu cuenta\b|\bcorreo electrónico de tu cuenta\b/i,
];

/** The bot asks for a tracking number. */
const ASKS_FOR_TRACKING_NUMBER: readonly RegExp[] = [
  /\b(send|give|tell|share|provide|enter|type)( me| us)? (a|the|your|its) tracking number\b|\bwhat(?:'s| is) the tracking number\b/i,
  /(提供|发送|发给我|告诉我|输入).{0,4}(运单号|追踪号|跟踪号|单号)/,
  /\b(envía|envíame|mándame|dame|indícame|facilítame|escribe|proporciona)(me)?\b.{0,12}\bnúmero de (seguimiento|rastreo)\b/i,
];

/** The SOP's role names, and what customers call them in Chinese and Spanish. */
const ROLE_WORDS: Readonly<Record<AccountRole, readonly string[]>> = {
  View: ['View', '查看', '查阅', 'Ver', 'Consulta', 'Visualizar'],
  Pay: ['Pay', '支付', '付款', 'Pagar', 'Pago'],
  Dispute: ['Dispute', '争议', '异议', '纠纷', '申诉', 'Disputa', 'Reclamar', 'Reclamación'],
  Admin: ['Admin', '管理员', 'Administrador', 'Administración'],
};

export const asksToLink = (text: string): boolean => ASKS_TO_LINK.some((p) => p.test(text));

/** Where the sentence that first asks to link the account or for a tracking number starts (the text's length when none does). */
export function firstAskAt(text: string): number {
  const at = Math.min(text.length, ...[...ASKS_TO_LINK, ...ASKS_FOR_TRACKING_NUMBER].map((p) => new RegExp(p.source, p.flags.replace('g', '')).exec(text)?.index ?? text.length));
  if (at === text.length) return at;
  const ends = [...text.slice(0, at).matchAll(/[.!?。！？\n]/gu)];
  return ends.length ? ends[ends.length - 1]!.index! + 1 : 0;
}
export const asksForTrackingNumber = (text: string): boolean => ASKS_FOR_TRACKING_NUMBER.some((p) => p.test(text));

/** Whether the text names the role (Latin words whole and case-insensitive, Chinese as written). */
export function namesRole(text: string, role: AccountRole): boolean {
  return ROLE_WORDS[role].some((word) => containsWord(text, word));
}

/** A word or phrase in the text: whole words for Latin script, anywhere for Chinese (spaces aside: "2.5 万"); case-insensitive. */
export function containsWord(text: string, word: string): boolean {
  if (/[\u4e00-\u9fff]/.test(word)) return text.replace(/\s+/g, '').includes(word.replace(/\s+/g, ''));
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** A clock time found in a text: minutes after midnight and where it is. */
export interface ClockTime {
  minutes: number;
  index: number;
  end: number;
}

const CLOCK_FORMS: readonly { pattern: RegExp; read: (m: RegExpExecArray) => number | null }[] = [
  // 19:00, 7:00 PM, 7.00 p.m., 19：00
  { pattern: /(\d{1,2})[:：.](\d{2})(?:\s*([ap])\.?\s?m\.?)?/giu, read: (m) => twelveHour(Number(m[1]), Number(m[2]), m[3]) },
  // 7 PM, 7pm
  { pattern: /\b(\d{1,2})\s*([ap])\.?\s?m\b\.?/gi, read: (m) => twelveHour(Number(m[1]), 0, m[2]) },
  // 晚上7点, 19点30分, 下午7点半
  { pattern: /(上午|早上|凌晨|中午|下午|傍晚|晚上)?\s*(\d{1,2})\s*[点點时時]\s*(?:(\d{1,2})\s*分|(半))?/gu, read: (m) => chineseHour(m[1], Number(m[2]), m[4] ? 30 : Number(m[3] ?? 0)) },
  // 7 de la tarde
  { pattern: /\b(\d{1,2})\s+de la (mañana|tarde|noche)\b/giu, read: (m) => twelveHour(Number(m[1]), 0, m[2]!.toLowerCase() === 'mañana' ? 'a' : 'p') },
];

function twelveHour(hour: number, minute: number, half: string | undefined): number | null {
  if (minute > 59) return null;
  if (!half) return hour > 23 ? null : hour * 60 + minute;
  if (hour < 1 || hour > 12) return null;
  const h = half.toLowerCase() === 'p' ? (hour % 12) + 12 : hour % 12;
  return h * 60 + minute;
}

function chineseHour(part: string | undefined, hour: number, minute: number): number | null {
  const afternoon = part === '下午' || part === '傍晚' || part === '晚上';
  return twelveHour(afternoon && hour < 12 ? hour + 12 : hour, minute, undefined);
}

/** Every clock time in the text, in order. */
export function clockTimes(text: string): ClockTime[] {
  const found: ClockTime[] = [];
  for (const { pattern, read } of CLOCK_FORMS) {
    for (const m of text.matchAll(pattern)) {
      const minutes = read(m as RegExpExecArray);
      if (minutes !== null) found.push({ minutes, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** How far (characters) a place name may stand from the time it labels: "19:00 (New York time)", "Toronto local time 19:00". */
const LABEL_REACH = 60;

/** Whether `time` (HH:MM) stands in the text within reach of one of the place names. */
export function labelledTime(text: string, time: string, places: readonly string[]): boolean {
  const [h, m] = time.split(':').map(Number);
  const wanted = h! * 60 + m!;
  return clockTimes(text).some((t) => {
    if (t.minutes !== wanted) return false;
    const around = text.slice(Math.max(0, t.index - LABEL_REACH), t.end + LABEL_REACH);
    return places.some((place) => containsWord(around, place));
  });
}
