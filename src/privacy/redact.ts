/**
 * Redaction, for exported transcripts and for the transcript in a handoff's context packet (a privacy
 * concern of both, so neither borrows it from the other). Personal data is replaced by placeholders of
 * the same kind (an e-mail by an example.com address, a card number by a Luhn-valid test number …),
 * and the same value always by the same placeholder, so a redacted transcript still reads, parses and
 * replays: where the customer typed an address and the bot repeated it, both sides say the same
 * placeholder. Tracking and account numbers are not personal data and are kept (the replay needs them).
 */

export type PersonalDataKind = 'email' | 'phone' | 'card' | 'name' | 'address';

/** Known personal values (from the store: the linked user, the parties of the parcels mentioned). */
export interface KnownPersonalData {
  names?: string[];
  emails?: string[];
  phones?: string[];
  addresses?: string[];
}

const STREET_WORDS = ['Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Lane', 'Ln', 'Boulevard', 'Blvd', 'Drive', 'Dr', 'Way', 'Court', 'Ct', 'Place', 'Pl', 'Square', 'Sq', 'Terrace', 'Parkway', 'Highway'];
const ES_STREET_WORDS = ['Calle', 'C/', 'Avenida', 'Av.', 'Avda.', 'Plaza', 'Pza.', 'Paseo', 'Camino', 'Carrera', 'Ronda'];
/** Cues after which a customer gives their name. */
const NAME_CUES = ['my name is', "i'm", 'i am', 'this is', 'name:', 'me llamo', 'mi nombre es', 'soy'];
const ZH_NAME_CUES = ['我叫', '我的名字是', '我是'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A pattern that matches `pattern`'s letters in either case (for use without the i flag). */
const caseless = (pattern: string) => pattern.replace(/\p{L}/gu, (ch) => (ch.toLowerCase() === ch.toUpperCase() ? ch : `[${ch.toLowerCase()}${ch.toUpperCase()}]`));

const PATTERNS: readonly { kind: PersonalDataKind; re: RegExp }[] = [
  { kind: 'email', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  // Cards before phones: both are long digit runs; a card is 13–19 digits passing Luhn.
  { kind: 'card', re: /(?<![A-Za-z0-9])\d(?:[ -]?\d){12,18}(?![A-Za-z0-9])/g },
  {
    kind: 'address',
    re: new RegExp(
      [
        `\\b\\d{1,5}[A-Za-z]?\\s+(?:[A-Z][\\w'.-]*\\s+){1,4}(?:${STREET_WORDS.map(escape).join('|')})\\b\\.?`,
        `(?:${ES_STREET_WORDS.map(escape).join('|')})\\s+(?:[A-ZÁÉÍÓÚÑ][\\wáéíóúñ'.-]*\\s*){1,4},?\\s*(?:n\\.?º\\s*)?\\d{1,4}`,
        '[\\u4e00-\\u9fff]{1,12}(?:路|街|道|大道)\\d{1,5}号',
      ].join('|'),
      'g',
    ),
  },
  { kind: 'phone', re: /(?<![A-Za-z0-9]|\d[ -])(?:\+|00)?\d(?:[ ().-]{0,2}\d){7,14}(?![A-Za-z0-9]|[ -]?\d)/g },
];

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** A Luhn-valid test card number for the n-th card (4000 0000 0000 00nC). */
function testCard(n: number): string {
  const body = `400000000000${String(n).padStart(3, '0')}`;
  for (let c = 0; c <= 9; c++) if (luhnValid(body + c)) return (body + c).replace(/(\d{4})(?=\d)/g, '$1 ');
  return body;
}

const NAME_PLACEHOLDERS = ['Alex Doe', 'Sam Roe', 'Kim Poe', 'Robin Moe', 'Jo Loe', 'Max Hoe', 'Lou Zoe', 'Ray Foe'];

const PLACEHOLDER: Record<PersonalDataKind, (n: number) => string> = {
  email: (n) => `email${n}@example.com`,
  phone: (n) => `+1 555-010-${String(n).padStart(4, '0')}`,
  card: (n) => testCard(n),
  // Plain fictional names: a placeholder must not read as a request ("Person A" reads as "a person").
  name: (n) => `${NAME_PLACEHOLDERS[(n - 1) % NAME_PLACEHOLDERS.length]}${n > NAME_PLACEHOLDERS.length ? ` ${Math.ceil(n / NAME_PLACEHOLDERS.length)}` : ''}`,
  address: (n) => `${n} Example Street`,
};

/** A redactor keeps one placeholder per value across a whole conversation. */
export class Redactor {
  private readonly placeholders = new Map<string, string>();
  private readonly counts: Record<PersonalDataKind, number> = { email: 0, phone: 0, card: 0, name: 0, address: 0 };
  private readonly known: { kind: PersonalDataKind; re: RegExp }[] = [];
  /** What was redacted, by kind (for the export's log line; never the values). */
  readonly redacted: Record<PersonalDataKind, number> = { email: 0, phone: 0, card: 0, name: 0, address: 0 };

  constructor(known: KnownPersonalData = {}) {
    const add = (kind: PersonalDataKind, values: string[] | undefined, wholeWords: boolean) => {
      for (const v of new Set((values ?? []).map((x) => x.trim()).filter((x) => x.length >= 2))) {
        const cjk = /[\u3400-\u9fff]/.test(v);
        this.known.push({ kind, re: new RegExp(wholeWords && !cjk ? `(?<![\\p{L}\\p{N}])${escape(v)}(?![\\p{L}\\p{N}])` : escape(v), 'giu') });
      }
    };
    // Longest first, so "Alice Martin" wins over "Alice".
    const names = (known.names ?? []).flatMap((n) => [n, ...n.split(/\s+/).filter((p) => p.length >= 3 && n.includes(' '))]);
    add('address', sortLongestFirst(known.addresses), false);
    add('email', known.emails, false);
    add('phone', known.phones, false);
    add('name', sortLongestFirst(names), true);
  }

  private placeholder(kind: PersonalDataKind, value: string): string {
    const key = `${kind}:${value.toLowerCase().replace(/[\s().-]/g, '')}`;
    let p = this.placeholders.get(key);
    if (!p) {
      p = PLACEHOLDER[kind](++this.counts[kind]);
      this.placeholders.set(key, p);
    }
    this.redacted[kind]++;
    return p;
  }

  /**
   * The text with every personal value replaced. `cues`: also names introduced by a cue ("my name
   * is …"): for what customers write, not for the bot's own lines ("Hi, I'm Carrier Assist").
   */
  text(input: string, cues = true): string {
    // Found values become tokens first, so a placeholder's digits are never read as another value.
    const tokens: string[] = [];
    const token = (p: string) => `\u0000${tokens.push(p) - 1}\u0000`;
    let s = input;
    for (const { kind, re } of this.known) s = s.replace(re, (m) => token(this.placeholder(kind, m)));
    for (const { kind, re } of PATTERNS) {
      s = s.replace(re, (m) => {
        if (isPlaceholder(m)) return m;
        const digits = m.replace(/\D/g, '');
        if (kind === 'card' && !luhnValid(digits)) return m;
        if (kind === 'phone' && (/^\d{4}-\d{2}-\d{2}/.test(m) || digits.length < 8)) return m;
        return token(this.placeholder(kind, m));
      });
    }
    return (cues ? this.names(s) : s).replace(/\u0000(\d+)\u0000/g, (_m, i: string) => tokens[Number(i)]!);
  }

  /** Names a customer gives ("my name is Ana Ruiz", "我叫王芳"). */
  private names(s: string): string {
    // The cue in any case, the name capitalised: "i am Alex Doe" is a name, "I am stuck" is not
    // (with the i flag \\p{Lu} would match lowercase letters too).
    const latin = new RegExp(`(\\b(?:${NAME_CUES.map((c) => caseless(escape(c))).join('|')})\\s+)((?:\\p{Lu}[\\p{L}'-]+)(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2})`, 'gu');
    s = s.replace(latin, (_m, cue: string, name: string) => (isPlaceholder(name) ? cue + name : cue + this.placeholder('name', name)));
    const zh = new RegExp(`((?:${ZH_NAME_CUES.map(escape).join('|')}))([\\u4e00-\\u9fff]{2,4})`, 'gu');
    return s.replace(zh, (_m, cue: string, name: string) => cue + this.placeholder('name', name));
  }

  /** Deep copy of a JSON value with every string redacted, except the keys that are structure, not content. */
  value<T>(input: T, cues = true, keep: ReadonlySet<string> = STRUCTURAL_KEYS): T {
    const walk = (v: unknown, key: string | null): unknown => {
      if (typeof v === 'string') return key !== null && keep.has(key) ? v : this.text(v, cues);
      if (Array.isArray(v)) return v.map((x) => walk(x, null));
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
      return v;
    };
    return walk(input, null) as T;
  }
}

function sortLongestFirst(values: string[] | undefined): string[] {
  return [...(values ?? [])].sort((a, b) => b.length - a.length);
}

const isPlaceholder = (s: string) =>
  /^(?:email\d+@example\.com|\+1 555-010-\d{4}|\d+ Example Street|4000 0000 0000 0\d{3})$/.test(s) || NAME_PLACEHOLDERS.some((n) => s.startsWith(n));

/** Activity keys whose strings are identifiers or layout, never personal content. */
export const STRUCTURAL_KEYS: ReadonlySet<string> = new Set([
  'type', 'id', 'channelId', 'contentType', 'valueType', 'role', 'timestamp', 'localTimestamp', 'localTimezone',
  'locale', 'replyToId', 'serviceUrl', 'inputHint', 'textFormat', '$schema', 'version', 'weight', 'size',
  'spacing', 'clientActivityID', 'intent', 'language', 'kind', 'label', 'attachmentLayout', 'trackingNumbers',
  'trackingNumber', 'accountNumber', 'country', 'from', 'to', 'horizontalAlignment', 'color', 'width',
]);
