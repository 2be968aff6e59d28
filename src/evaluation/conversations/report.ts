/** Pass rates per class and language, and failures written out for whoever debugs the dialog. */
import { LANGUAGES } from '../../nlu/types.ts';
import { CONVERSATION_CLASSES, type ConversationClass, type ConversationResult, type Language } from './types.ts';

export interface Tally {
  pass: number;
  total: number;
}

export type PassRates = Map<ConversationClass, Map<Language, Tally>>;

export function passRates(results: readonly ConversationResult[]): PassRates {
  return tally(results, (r) => r.pass);
}

/**
 * The last turn's pass rate among conversations whose earlier turns all passed: how the follow-up
 * (pronoun, pick, correction …) fares on its own, apart from the lookup that set it up.
 */
export function followUpRates(results: readonly ConversationResult[]): PassRates {
  const followUps = results.filter((r) => r.turns.length >= 2 && r.turns.slice(0, -1).every((t) => t.ok));
  return tally(followUps, (r) => r.turns[r.turns.length - 1]!.ok);
}

function tally(results: readonly ConversationResult[], passed: (r: ConversationResult) => boolean): PassRates {
  const rates: PassRates = new Map();
  for (const r of results) {
    const byLanguage = rates.get(r.spec.class) ?? new Map<Language, Tally>();
    const t = byLanguage.get(r.spec.language) ?? { pass: 0, total: 0 };
    t.total++;
    if (passed(r)) t.pass++;
    byLanguage.set(r.spec.language, t);
    rates.set(r.spec.class, byLanguage);
  }
  return rates;
}

export const rateOf = (t: Tally): number => (t.total === 0 ? 1 : t.pass / t.total);

const cell = (t: Tally | undefined): string => (t && t.total > 0 ? `${(100 * rateOf(t)).toFixed(1)}% (${t.pass}/${t.total})` : '—');

function sum(tallies: readonly (Tally | undefined)[]): Tally {
  return tallies.reduce<Tally>((acc, t) => ({ pass: acc.pass + (t?.pass ?? 0), total: acc.total + (t?.total ?? 0) }), { pass: 0, total: 0 });
}

/** A markdown table: class × language pass rates, each class's total, and the grand total. */
export function formatTable(rates: PassRates): string {
  return tableOf('class', CONVERSATION_CLASSES.flatMap((cls) => (rates.has(cls) ? [[cls, rates.get(cls)!] as const] : [])));
}

/** Pass rates per topic (the `topic` of a held-out set's conversations, e.g. holdout3's issue-15 classes) and language. */
export function formatTopicTable(results: readonly ConversationResult[]): string {
  const byTopic = new Map<string, Map<Language, Tally>>();
  for (const r of results) {
    if (!r.spec.topic) continue;
    const byLanguage = byTopic.get(r.spec.topic) ?? new Map<Language, Tally>();
    const t = byLanguage.get(r.spec.language) ?? { pass: 0, total: 0 };
    byLanguage.set(r.spec.language, { pass: t.pass + (r.pass ? 1 : 0), total: t.total + 1 });
    byTopic.set(r.spec.topic, byLanguage);
  }
  return tableOf('topic', [...byTopic.entries()]);
}

function tableOf(head: string, rows: readonly (readonly [string, Map<Language, Tally>])[]): string {
  const lines = [`| ${head} | en | zh | es | all |`, '|---|---|---|---|---|'];
  const columns: Tally[][] = LANGUAGES.map(() => []);
  for (const [label, byLanguage] of rows) {
    const row = LANGUAGES.map((l) => byLanguage.get(l));
    row.forEach((t, i) => t && columns[i]!.push(t));
    lines.push(`| ${label} | ${row.map(cell).join(' | ')} | ${cell(sum(row))} |`);
  }
  const totals = columns.map(sum);
  lines.push(`| **total** | ${totals.map(cell).join(' | ')} | ${cell(sum(totals))} |`);
  return lines.join('\n');
}

/** Each failing conversation: its turns, what each had to show and what it showed. */
export function formatFailures(results: readonly ConversationResult[], limit = Infinity): string {
  const failing = results.filter((r) => !r.pass);
  const out: string[] = [];
  for (const r of failing.slice(0, limit)) {
    out.push(`### ${r.spec.id} (${r.spec.class}, ${r.spec.language}, ${r.spec.user}, now ${r.spec.now})`);
    for (const t of r.turns) {
      out.push(`  ${t.ok ? '  ' : '✗ '}customer: ${t.text}`);
      out.push(`      expected: ${t.expected}${t.search ? `  (oracle: ${t.search})` : ''}`);
      out.push(`      shown:    ${t.shown}${t.ok ? '' : `  ← ${t.why ?? 'wrong'}`}`);
      if (t.difference) out.push(`      differs:  ${t.difference}`);
    }
  }
  if (failing.length > limit) out.push(`… and ${failing.length - limit} more failing conversations`);
  return out.join('\n');
}

/** Conversations whose metamorphic twin (or language group) showed something else. */
export function formatDisagreements(results: readonly ConversationResult[]): string {
  const byGroup = new Map<string, ConversationResult[]>();
  for (const r of results) if (r.spec.group) byGroup.set(r.spec.group, [...(byGroup.get(r.spec.group) ?? []), r]);
  const out: string[] = [];
  for (const r of results) {
    const last = r.spec.turns[r.spec.turns.length - 1]!.text;
    if (r.twin && !r.twin.agrees) {
      const twinText = r.spec.twin![r.spec.twin!.length - 1]!.text;
      out.push(`- ${r.spec.id}: "${last}" showed ${r.lastShown}; "${twinText}" ${r.spec.class === 'after_prefix' ? 'asked fresh ' : ''}showed ${r.twin.shown}`);
    }
  }
  for (const [group, members] of byGroup) {
    if (new Set(members.map((m) => m.lastShown)).size > 1) {
      out.push(`- ${group}: ${members.map((m) => `[${m.spec.language}] "${m.spec.turns[0]!.text}" showed ${m.lastShown}`).join('; ')}`);
    }
  }
  return out.join('\n');
}

/**
 * The causes of each failing conversation's first failing turn, most frequent first: whether it was
 * the opening request or a later turn (by what that turn expected), the cause, and the classes hit.
 */
export function formatCauses(results: readonly ConversationResult[], most = 15): string {
  const rows = new Map<string, { n: number; classes: Map<string, number> }>();
  for (const r of results) {
    const index = r.turns.findIndex((t) => !t.ok);
    if (index < 0) continue;
    const turn = r.turns[index]!;
    const kind = r.spec.turns[index]!.expect.kind;
    const role = kind === 'understood' ? 'an aside' : index === 0 ? 'opening request' : `later turn (${kind})`;
    const key = `${role}: ${turn.cause ?? turn.why ?? 'wrong'}`;
    const row = rows.get(key) ?? { n: 0, classes: new Map<string, number>() };
    row.n++;
    row.classes.set(r.spec.class, (row.classes.get(r.spec.class) ?? 0) + 1);
    rows.set(key, row);
  }
  const sorted = [...rows].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0])).slice(0, most);
  const classes = (m: Map<string, number>): string => [...m].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ');
  return ['| conversations | first failing turn: cause | classes |', '|---|---|---|', ...sorted.map(([k, { n, classes: c }]) => `| ${n} | ${k} | ${classes(c)} |`)].join('\n');
}

/**
 * Metamorphic agreement, whatever the parcels are: `after_prefix` against the same question asked
 * fresh, `typo` against the request without its slip, `language` across the same request in en, zh
 * and es (a conversation agrees when all three showed the same).
 */
export function metamorphicRates(results: readonly ConversationResult[]): PassRates {
  const groups = new Map<string, string[]>();
  for (const r of results) if (r.spec.group) groups.set(r.spec.group, [...(groups.get(r.spec.group) ?? []), r.lastShown]);
  const agreeing = results.filter((r) => r.twin || r.spec.group);
  return tally(agreeing, (r) => (r.twin ? r.twin.agrees : new Set(groups.get(r.spec.group!)).size === 1));
}
