/**
 * What a catalogue lacks, per language: an entry, a key another language has, a text or word list
 * left empty. Read by test/locale/completeness.test.ts over every registered catalogue.
 */
import type { Catalogue } from './catalogue.ts';
import { LANGUAGE_CODES, type Language } from './languages.ts';

export interface CompletenessOptions {
  /** The languages to check (every served one by default). */
  languages?: readonly string[];
  /** A language whose entry is the source wording itself (the carrier's English scans): it may be empty. */
  source?: Language;
  /** Records keyed by the language's own words (ordinals: "second" → 2, "第二" → 2): filled, not the same keys. */
  ownKeys?: readonly string[];
}

const kind = (v: unknown): string => (Array.isArray(v) ? 'list' : v === null ? 'null' : typeof v);

/** Every gap in `catalogue`, one line each ("billing.zh.menu: empty"); none when it is complete. */
export function catalogueProblems(name: string, catalogue: Catalogue<unknown>, options: CompletenessOptions = {}): string[] {
  const languages = options.languages ?? LANGUAGE_CODES;
  const entries = catalogue as Readonly<Record<string, unknown>>;
  const problems: string[] = [];
  const present: [string, unknown][] = [];
  for (const code of languages) {
    if (entries[code] === undefined) problems.push(`${name}.${code}: missing`);
    else if (code !== options.source) present.push([code, entries[code]]);
  }
  compare(name, present, problems, new Set((options.ownKeys ?? []).map((k) => `${name}.${k}`)));
  return problems;
}

/** The same path in each language: present everywhere, of one kind, and not empty. */
function compare(path: string, values: readonly [string, unknown][], problems: string[], ownKeys: ReadonlySet<string> = new Set()): void {
  if (ownKeys.has(path)) {
    for (const [code, v] of values) compare(dotted(path, code), [['', Object.values(v as object)]], problems);
    return;
  }
  const kinds = new Set(values.map(([, v]) => kind(v)));
  if (kinds.size > 1) {
    problems.push(`${path}: ${values.map(([code, v]) => `${kind(v)} in ${code}`).join(', ')}`);
    return;
  }
  const keys = new Set<string>();
  for (const [code, v] of values) {
    if (typeof v === 'string' && !v.trim()) problems.push(`${dotted(path, code)}: empty`);
    if (Array.isArray(v)) {
      if (!v.length) problems.push(`${dotted(path, code)}: empty`);
      v.forEach((item, i) => compare(`${dotted(path, code)}[${i}]`, [['', item]], problems));
    }
    if (kind(v) === 'object') for (const k of Object.keys(v as object)) keys.add(k);
  }
  for (const k of keys) {
    const at = values.map(([code, v]) => [code, (v as Record<string, unknown>)[k]] as [string, unknown]);
    for (const [code, v] of at) if (v === undefined) problems.push(`${dotted(path, code)}.${k}: missing`);
    compare(`${path}.${k}`, at.filter(([, v]) => v !== undefined), problems, ownKeys);
  }
}

/** "billing.zh.menu": the language goes after the catalogue's name. */
function dotted(path: string, code: string): string {
  if (!code) return path;
  const dot = path.indexOf('.');
  return dot < 0 ? `${path}.${code}` : `${path.slice(0, dot)}.${code}${path.slice(dot)}`;
}
