import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IntentName } from '../types.ts';
import { parseCsv } from './csv.ts';

/** ../shared/external next to the checkout, or NLU_EXTERNAL_DIR. Evaluation data only: never training data. */
export function externalDir(): string {
  return process.env.NLU_EXTERNAL_DIR ?? fileURLToPath(new URL('../../../../shared/external/', import.meta.url));
}

/** Bitext intents mapped to ours (issue 3); unmapped Bitext intents are not scored. */
export const BITEXT_MAPPING: Readonly<Record<string, IntentName>> = {
  track_order: 'track_shipment',
  delivery_period: 'track_shipment',
  change_shipping_address: 'change_delivery',
  contact_human_agent: 'talk_to_agent',
  contact_customer_service: 'talk_to_agent',
  check_invoice: 'billing',
  get_invoice: 'billing',
  payment_issue: 'billing',
  check_payment_methods: 'billing',
  recover_password: 'account_access',
  registration_problems: 'account_access',
  newsletter_subscription: 'out_of_scope',
  place_order: 'out_of_scope',
  review: 'out_of_scope',
};

export interface LabelledUtterance {
  text: string;
  source: string;
  expected: IntentName;
}

export function loadBitext(): LabelledUtterance[] | null {
  const file = `${externalDir()}/intents/bitext_customer_support_6480.csv`;
  if (!existsSync(file)) return null;
  const out: LabelledUtterance[] = [];
  for (const row of parseCsv(readFileSync(file, 'utf8'))) {
    const mapped = BITEXT_MAPPING[row.intent ?? ''];
    if (mapped && row.instruction) out.push({ text: row.instruction, source: row.intent!, expected: mapped });
  }
  return out;
}

export function loadClincOos(): string[] | null {
  const file = `${externalDir()}/intents/clinc150_data_full.json`;
  if (!existsSync(file)) return null;
  const data = JSON.parse(readFileSync(file, 'utf8')) as { oos_test: [string, string][] };
  return data.oos_test.map(([text]) => text);
}

export interface DucklingRow {
  text: string;
  lang: 'en' | 'zh';
  reference: string;
  reference_tz: string;
  expected: { type: 'value'; value: string; grain: string } | { type: 'interval' } | null;
  simple_date: boolean;
}

export function loadDucklingSimpleDates(): DucklingRow[] | null {
  const file = `${externalDir()}/dates/duckling_time_en_zh.jsonl`;
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DucklingRow)
    .filter((r) => r.simple_date && r.expected?.type === 'value');
}
