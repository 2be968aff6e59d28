/**
 * The demo's accounts, users and memberships: fixed literals, the same for every seed and `now`, so
 * docs, transcripts and tests can name them (DEMO.md lists them). Shipment mixes per account live here
 * too: which cities an account ships from and to, how many parcels, what they weigh and are worth.
 */
import type { AccountRecord, AccountRole, UserRecord } from '../store/records.ts';

/** Account numbers by role in the demo. `mingyuan` carries the story shipments (story.ts). */
export const DEMO_ACCOUNTS = {
  /** Shanghai exporter; the main demo account with every story shipment. */
  mingyuan: '5W8A3K',
  /** New York small business. */
  hudson: '7N2F4D',
  /** London individual. */
  hughes: '3L6H9B',
  /** Toronto retailer, VIP tier 5–10M USD. */
  mapleLane: '8T4C2M',
  /** Madrid small business, Spanish-speaking users. */
  ceramicaLuna: '6M1S5E',
  /** Hong Kong business: "another customer's account" for isolation tests. */
  harbourview: '9X8Y7Z',
  /** Shenzhen electronics group: enterprise VIP with 100,000+ shipments at scale 'full'. */
  pearlRiver: '4E0V1P',
} as const;

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS;

/** Weighted city keys. */
export type Weighted = readonly (readonly [string, number])[];

export interface LaneGroup {
  weight: number;
  from: Weighted;
  to: Weighted;
}

export interface AccountSpec extends Omit<AccountRecord, 'createdAt'> {
  createdDaysAgo: number;
  /** Sender on every label of the account. */
  contact: { phone: string; email: string };
  lanes: readonly LaneGroup[];
  /** Generated (non-story) shipments per scale. */
  shipments: { full: number; small: number };
  weightKg: readonly [number, number];
  valueUsd: readonly [number, number];
  /** Exceptions among generated shipments; 0 on the story account so its exceptions are the stories. */
  mishapRate: number;
}

const WORLD: Weighted = [
  ['new-york', 12], ['los-angeles', 10], ['chicago', 6], ['miami', 4], ['seattle', 4], ['dallas', 4],
  ['toronto', 5], ['vancouver', 4], ['montreal', 2], ['mexico-city', 3], ['sao-paulo', 3],
  ['london', 8], ['manchester', 2], ['paris', 5], ['berlin', 5], ['amsterdam', 3], ['milan', 3],
  ['madrid', 3], ['barcelona', 2], ['sydney', 4], ['melbourne', 2], ['tokyo', 6], ['seoul', 4],
  ['singapore', 4], ['mumbai', 3], ['dubai', 3], ['beijing', 5], ['chengdu', 3], ['hangzhou', 2],
  ['hong-kong', 3],
];

export const ACCOUNT_SPECS: readonly AccountSpec[] = [
  {
    number: DEMO_ACCOUNTS.mingyuan,
    name: 'Shanghai Mingyuan Trading Co., Ltd. (上海明远贸易有限公司)',
    tier: 'standard',
    country: 'CN',
    annualVolumeUsd: 2_400_000,
    createdDaysAgo: 2210,
    contact: { phone: '+86 21 5550 0188', email: 'shipping@mingyuan.example.cn' },
    // No generated parcels to the story destinations (London, Toronto, Paris, New York, Sydney, Chicago,
    // Berlin, Beijing), so "the one to London" means a story parcel.
    lanes: [{
      weight: 1,
      from: [['shanghai', 60], ['shenzhen', 20], ['guangzhou', 15], ['hangzhou', 5]],
      to: [['los-angeles', 8], ['seattle', 4], ['miami', 3], ['vancouver', 5], ['melbourne', 4], ['amsterdam', 4],
        ['madrid', 4], ['milan', 3], ['manchester', 3], ['tokyo', 5], ['seoul', 3], ['singapore', 4], ['dubai', 3],
        ['mexico-city', 2], ['sao-paulo', 2], ['chengdu', 4], ['hong-kong', 4]],
    }],
    shipments: { full: 150, small: 150 },
    weightKg: [0.5, 25],
    valueUsd: [60, 2500],
    mishapRate: 0,
  },
  {
    number: DEMO_ACCOUNTS.hudson,
    name: 'Hudson Street Ceramics LLC',
    tier: 'standard',
    country: 'US',
    annualVolumeUsd: 380_000,
    createdDaysAgo: 1460,
    contact: { phone: '+1 212-555-0143', email: 'orders@hudsonceramics.example.com' },
    lanes: [
      { weight: 75, from: [['new-york', 1]], to: [['los-angeles', 5], ['chicago', 5], ['miami', 3], ['seattle', 2], ['dallas', 3]] },
      { weight: 25, from: [['new-york', 1]], to: [['toronto', 3], ['montreal', 2], ['london', 3], ['paris', 2], ['mexico-city', 1], ['tokyo', 1]] },
    ],
    shipments: { full: 120, small: 120 },
    weightKg: [0.8, 18],
    valueUsd: [40, 900],
    mishapRate: 1,
  },
  {
    number: DEMO_ACCOUNTS.hughes,
    name: 'Oliver Hughes',
    tier: 'standard',
    country: 'GB',
    annualVolumeUsd: 2_600,
    createdDaysAgo: 800,
    contact: { phone: '+44 20 7946 0718', email: 'oliver.hughes@example.com' },
    lanes: [{ weight: 1, from: [['london', 1]], to: [['manchester', 4], ['paris', 2], ['berlin', 1], ['madrid', 1], ['new-york', 1], ['sydney', 1]] }],
    shipments: { full: 18, small: 18 },
    weightKg: [0.3, 8],
    valueUsd: [20, 400],
    mishapRate: 1,
  },
  {
    number: DEMO_ACCOUNTS.mapleLane,
    name: 'Maple Lane Outfitters Inc.',
    tier: 'standard',
    country: 'CA',
    annualVolumeUsd: 6_200_000,
    createdDaysAgo: 2900,
    contact: { phone: '+1 416-555-0177', email: 'logistics@maplelane.example.com' },
    lanes: [
      { weight: 60, from: [['toronto', 7], ['vancouver', 2], ['montreal', 1]], to: [['toronto', 2], ['vancouver', 3], ['montreal', 3], ['new-york', 3], ['chicago', 2], ['seattle', 1], ['dallas', 1]] },
      { weight: 40, from: [['toronto', 1]], to: [['london', 3], ['paris', 1], ['berlin', 1], ['tokyo', 1], ['sydney', 1], ['mexico-city', 1]] },
    ],
    shipments: { full: 150, small: 150 },
    weightKg: [0.5, 20],
    valueUsd: [50, 1200],
    mishapRate: 1,
  },
  {
    number: DEMO_ACCOUNTS.ceramicaLuna,
    name: 'Cerámica Luna S.L.',
    tier: 'standard',
    country: 'ES',
    annualVolumeUsd: 145_000,
    createdDaysAgo: 1200,
    contact: { phone: '+34 5550 4410', email: 'envios@ceramicaluna.example.com' },
    lanes: [{
      weight: 1,
      from: [['madrid', 8], ['barcelona', 2]],
      to: [['barcelona', 5], ['madrid', 2], ['paris', 3], ['berlin', 2], ['milan', 2], ['amsterdam', 1], ['london', 2], ['new-york', 1], ['sao-paulo', 1]],
    }],
    shipments: { full: 90, small: 90 },
    weightKg: [1, 22],
    valueUsd: [30, 800],
    mishapRate: 1,
  },
  {
    number: DEMO_ACCOUNTS.harbourview,
    name: 'Harbourview Gadgets Ltd',
    tier: 'standard',
    country: 'HK',
    annualVolumeUsd: 920_000,
    createdDaysAgo: 1700,
    contact: { phone: '+852 5550 3321', email: 'dispatch@harbourview.example.com' },
    lanes: [{
      weight: 1,
      from: [['hong-kong', 1]],
      to: [['tokyo', 3], ['seoul', 2], ['singapore', 3], ['sydney', 2], ['london', 2], ['new-york', 2], ['los-angeles', 2], ['shanghai', 2], ['shenzhen', 1]],
    }],
    shipments: { full: 60, small: 60 },
    weightKg: [0.2, 6],
    valueUsd: [80, 3000],
    mishapRate: 1,
  },
  {
    number: DEMO_ACCOUNTS.pearlRiver,
    name: 'Pearl River Electronics Group (珠江电子集团)',
    tier: 'enterprise_vip',
    country: 'CN',
    annualVolumeUsd: 38_500_000,
    createdDaysAgo: 4100,
    contact: { phone: '+86 755 5550 0900', email: 'global-shipping@pearlriver.example.cn' },
    lanes: [
      { weight: 70, from: [['shenzhen', 45], ['guangzhou', 15], ['hong-kong', 15], ['shanghai', 10]], to: WORLD },
      // US and EU fulfilment centres ship to end customers by ground.
      { weight: 20, from: [['los-angeles', 1]], to: [['new-york', 5], ['chicago', 4], ['miami', 2], ['seattle', 2], ['dallas', 3], ['louisville', 1], ['toronto', 1], ['vancouver', 1]] },
      { weight: 10, from: [['amsterdam', 1]], to: [['paris', 4], ['berlin', 4], ['milan', 2], ['madrid', 2], ['barcelona', 1], ['london', 3], ['manchester', 1]] },
    ],
    shipments: { full: 104_000, small: 300 },
    weightKg: [0.3, 30],
    valueUsd: [25, 4000],
    mishapRate: 1,
  },
];

export interface UserSpec extends Omit<UserRecord, 'createdAt'> {
  createdDaysAgo: number;
  memberships: readonly { account: string; roles: readonly AccountRole[] }[];
}

const ALL: readonly AccountRole[] = ['View', 'Pay', 'Dispute', 'Admin'];
const A = DEMO_ACCOUNTS;

/** Demo users. Ids are stable; roles per account follow the billing-center SOP (View, Pay, Dispute, Admin). */
export const USER_SPECS: readonly UserSpec[] = [
  { id: 'u-alice', name: 'Alice Martin', email: 'alice.martin@example.com', phone: '+86 21 5550 0101', locale: 'en', timeZone: 'Asia/Shanghai', createdDaysAgo: 900, memberships: [{ account: A.mingyuan, roles: ALL }] },
  { id: 'u-li', name: '李娜', email: 'li.na@example.cn', phone: '+86 21 5550 0102', locale: 'zh-CN', timeZone: 'Asia/Shanghai', createdDaysAgo: 700, memberships: [{ account: A.mingyuan, roles: ['View', 'Pay', 'Dispute'] }] },
  { id: 'u-victor', name: 'Victor Okafor', email: 'victor.okafor@example.com', phone: '+44 20 7946 0321', locale: 'en', timeZone: 'Europe/London', createdDaysAgo: 300, memberships: [{ account: A.mingyuan, roles: ['View'] }] },
  { id: 'u-paula', name: 'Paula Jensen', email: 'paula.jensen@example.com', phone: '+1 212-555-0166', locale: 'en', timeZone: 'America/New_York', createdDaysAgo: 250, memberships: [{ account: A.mingyuan, roles: ['Pay'] }] },
  { id: 'u-dana', name: 'Dana Kim', email: 'dana.kim@example.com', phone: '+1 213-555-0175', locale: 'en', timeZone: 'America/Los_Angeles', createdDaysAgo: 200, memberships: [{ account: A.mingyuan, roles: ['Dispute'] }] },
  { id: 'u-bob', name: 'Bob Miller', email: 'bob.miller@example.com', phone: '+1 212-555-0143', locale: 'en', timeZone: 'America/New_York', createdDaysAgo: 1400, memberships: [{ account: A.hudson, roles: ALL }] },
  { id: 'u-carol', name: 'Carol Nguyen', email: 'carol.nguyen@example.com', phone: '+1 416-555-0177', locale: 'en', timeZone: 'America/Toronto', createdDaysAgo: 1100, memberships: [{ account: A.mapleLane, roles: ALL }, { account: A.hudson, roles: ['View', 'Pay'] }] },
  { id: 'u-oliver', name: 'Oliver Hughes', email: 'oliver.hughes@example.com', phone: '+44 20 7946 0718', locale: 'en', timeZone: 'Europe/London', createdDaysAgo: 800, memberships: [{ account: A.hughes, roles: ALL }] },
  { id: 'u-lucia', name: 'Lucía García', email: 'lucia.garcia@example.com', phone: '+34 5550 4410', locale: 'es-ES', timeZone: 'Europe/Madrid', createdDaysAgo: 1150, memberships: [{ account: A.ceramicaLuna, roles: ALL }] },
  { id: 'u-mateo', name: 'Mateo Fernández', email: 'mateo.fernandez@example.com', phone: '+34 5550 4411', locale: 'es-ES', timeZone: 'Europe/Madrid', createdDaysAgo: 400, memberships: [{ account: A.ceramicaLuna, roles: ['View'] }] },
  { id: 'u-kelvin', name: 'Kelvin Chan', email: 'kelvin.chan@example.com', phone: '+852 5550 3321', locale: 'en', timeZone: 'Asia/Hong_Kong', createdDaysAgo: 1600, memberships: [{ account: A.harbourview, roles: ALL }] },
  { id: 'u-zhang', name: '张伟', email: 'zhang.wei@example.cn', phone: '+86 755 5550 0901', locale: 'zh-CN', timeZone: 'Asia/Shanghai', createdDaysAgo: 3000, memberships: [{ account: A.pearlRiver, roles: ALL }] },
  { id: 'u-emma', name: 'Emma Johnson', email: 'emma.johnson@example.com', phone: '+1 213-555-0190', locale: 'en', timeZone: 'America/Los_Angeles', createdDaysAgo: 600, memberships: [{ account: A.pearlRiver, roles: ['View'] }] },
  { id: 'u-nora', name: 'Nora Quinn', email: 'nora.quinn@example.com', phone: null, locale: 'en', timeZone: 'Europe/London', createdDaysAgo: 30, memberships: [] },
];
