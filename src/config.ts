import { isIP } from 'node:net';
import { z } from 'zod';
import { BusinessHoursError, parseBusinessHours, type BusinessHours } from './schedule/openingHours.ts';
import { LANGUAGE_CODES, type Language } from './locale/languages.ts';

/** Where the store lives: `sqlite:<file>`, `sqlite::memory:` or `postgres://…`. */
const DatabaseUrl = z
  .string()
  .trim()
  .refine((v) => /^sqlite:.+/.test(v) || /^postgres(ql)?:\/\/.+/.test(v), {
    message: 'must be sqlite:<file>, sqlite::memory: or postgres://user:pass@host/db',
  });

const TimeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA time zone such as Europe/London' },
);

const Port = z.coerce.number().int().min(0).max(65535);

/** The SMTP server outgoing mail goes through (nodemailer's URL form): smtp://user:pass@host:587, smtps://…:465. */
const SmtpUrl = z
  .string()
  .trim()
  .refine((v) => /^smtps?:\/\/[^/?#\s]+/.test(v) && URL.canParse(v), {
    message: 'must be an smtp:// or smtps:// URL such as smtps://user:pass@mail.example.com:465',
  });

/** A sender: `address@host` or `Display Name <address@host>`. */
const MailFrom = z
  .string()
  .trim()
  .refine((v) => /^(?:[^<>@]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(v), {
    message: 'must be an address such as no-reply@example.com or "Name <no-reply@example.com>"',
  });

/** WeChat's console rule for the message-push token: 3 to 32 letters or digits. */
const WeChatToken = z.string().trim().regex(/^[A-Za-z0-9]{3,32}$/, 'must be 3 to 32 letters or digits (as set in the WeChat console)');

/** The EncodingAESKey: 43 base64 characters that decode (with a trailing "=") to a 32-byte AES key. */
const WeChatAesKey = z
  .string()
  .trim()
  .refine((v) => /^[A-Za-z0-9+/]{43}$/.test(v) && Buffer.from(`${v}=`, 'base64').length === 32, {
    message: 'must be the 43-character EncodingAESKey from the WeChat console (base64 of a 32-byte key)',
  });

/** What a customer notice can put into a template's body parameters: its ticket number, or its text. */
export const TEMPLATE_PARAMETER_SOURCES = ['ticket', 'text'] as const;
export type TemplateParameterSource = (typeof TEMPLATE_PARAMETER_SOURCES)[number];

const WhatsAppTemplateLanguageCode = z.string().trim().regex(/^[a-z]{2,3}(_[A-Za-z]{2,4})?$/, 'must be a template language code such as en_US or es');
const WhatsAppTemplateName = z.string().trim().regex(/^[a-z0-9_]{1,512}$/, 'must be an approved template name (lowercase letters, digits, _)');

/**
 * WHATSAPP_TEMPLATES: one approved template per customer language, as JSON, e.g.
 * `{"en":{"name":"ticket_update","language":"en_US","parameters":["ticket","text"]},"zh":{…}}`;
 * `parameters` fill the body's {{1}}, {{2}} … in order.
 */
/** A variable holding JSON: parsed, or refused with an example of the form it takes. */
const JsonText = (example: string) =>
  z.string().transform((v, ctx) => {
    try {
      return JSON.parse(v) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: `must be JSON such as ${example}` });
      return z.NEVER;
    }
  });

const WhatsAppTemplates = JsonText('{"en":{"name":"ticket_update","language":"en_US","parameters":["ticket"]}}')
  .pipe(
    z.partialRecord(
      z.enum(LANGUAGE_CODES as [Language, ...Language[]]),
      z.strictObject({
        name: WhatsAppTemplateName,
        language: WhatsAppTemplateLanguageCode,
        parameters: z.array(z.enum(TEMPLATE_PARAMETER_SOURCES)).max(10).default([]),
      }),
    ),
  );

/**
 * WECHAT_NOTICE_TEMPLATE: the official account's template message for customer notices beyond the
 * customer-service limits, as JSON: its template id and which notice value fills each data key, e.g.
 * `{"id":"TEMPLATE_ID","data":{"character_string1":"ticket","thing2":"text"}}`.
 */
const WeChatNoticeTemplate = JsonText('{"id":"TEMPLATE_ID","data":{"character_string1":"ticket","thing2":"text"}}').pipe(
  z.strictObject({
    id: z.string().trim().regex(/^[A-Za-z0-9_-]{1,128}$/, 'must be the template id from the WeChat console'),
    data: z.record(z.string().regex(/^[A-Za-z0-9_]{1,64}$/, 'must be the template\'s data key, such as thing2'), z.enum(TEMPLATE_PARAMETER_SOURCES)).refine((d) => Object.keys(d).length > 0, 'must name at least one data key'),
  }),
);

/** Where customers pay invoices: the billing flow links `<base>?account=…&invoice=…`. */
export const DEFAULT_PAYMENT_PORTAL_URL = 'https://billing.carrier-assist.example/pay';
const PaymentPortalUrl = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\/[^\s?#]+$/.test(v) && URL.canParse(v), {
    message: 'must be an http(s) URL without query or fragment, such as https://billing.example.com/pay',
  })
  .transform((v) => v.replace(/\/+$/, ''));

/**
 * The payment portal's base URL from the environment (PAYMENT_PORTAL_URL, else the default). The
 * billing flow reads it where it builds a link; loadConfig checks the same variable at boot.
 */
export function paymentPortalUrl(source: NodeJS.ProcessEnv = process.env): string {
  return PaymentPortalUrl.parse(source.PAYMENT_PORTAL_URL || DEFAULT_PAYMENT_PORTAL_URL);
}

/** The customer service phone lines the assistant gives when asked for them (the demo carrier's, from its service article). */
export const DEFAULT_SUPPORT_PHONE = '400-820-8388';
export const DEFAULT_SUPPORT_PHONE_INTERNATIONAL = '+86-21-3888-5888';
const SupportPhone = z
  .string()
  .trim()
  .refine((v) => /^\+?[0-9][0-9 ()-]{5,24}$/.test(v), { message: 'must be a phone number: digits, spaces, hyphens, brackets, an optional leading +' });

/** The phone lines from the environment (SUPPORT_PHONE, SUPPORT_PHONE_INTERNATIONAL, else the defaults); loadConfig checks them at boot. */
export function supportPhones(source: NodeJS.ProcessEnv = process.env): { local: string; international: string } {
  return {
    local: SupportPhone.parse(source.SUPPORT_PHONE || DEFAULT_SUPPORT_PHONE),
    international: SupportPhone.parse(source.SUPPORT_PHONE_INTERNATIONAL || DEFAULT_SUPPORT_PHONE_INTERNATIONAL),
  };
}

// --- Rate limits and trust proxy (issue 18; README "Running in production") ---

/** A rate limit's budget (src/server/rateLimit.ts applies it): `limit` requests per `windowMs`, refilled evenly; the bucket holds at most `limit` (the burst). */
export interface RateBudget {
  readonly limit: number;
  readonly windowMs: number;
}

/** `N/W`: N requests per window W (`30s`, `1m`, `1h`), refilled evenly, N at once at most; `off` turns the limit off. */
const RateBudgetSpec = z
  .string()
  .trim()
  .regex(/^(off|\d{1,9}\/\d{1,6}(ms|s|m|h))$/, 'must be N/W such as 60/1m (N requests per window: ms, s, m or h), or off')
  .transform((v): RateBudget | null => {
    if (v === 'off') return null;
    const [, n, w, unit] = /^(\d+)\/(\d+)(ms|s|m|h)$/.exec(v)!;
    const windowMs = Number(w) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit as 'ms' | 's' | 'm' | 'h'];
    return Number(n) > 0 && windowMs > 0 ? { limit: Number(n), windowMs } : null;
  });

/** Express's `trust proxy` presets; otherwise addresses and subnets (v4 or v6, optional /prefix). */
const TRUST_PROXY_PRESETS = ['loopback', 'linklocal', 'uniquelocal'];
const isProxyAddress = (v: string): boolean => {
  if (TRUST_PROXY_PRESETS.includes(v)) return true;
  const [address, prefix, extra] = v.split('/');
  if (extra !== undefined || !address || !isIP(address)) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (isIP(address) === 4 ? 32 : 128));
};

/**
 * `TRUST_PROXY`: false (the default: X-Forwarded-For is ignored), a hop count (1: one proxy in front),
 * or a comma-separated list of the proxies' addresses/subnets and presets (loopback, linklocal,
 * uniquelocal). `true` (trust any sender's header) is refused: a client could name any address.
 */
const TrustProxy = z
  .string()
  .trim()
  .transform((v, ctx): TrustProxySetting => {
    if (v === 'false') return false;
    if (/^\d{1,2}$/.test(v)) return Number(v) || false;
    const list = v.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = list.filter((s) => !isProxyAddress(s));
    if (v === 'true' || !list.length || bad.length) {
      ctx.addIssue({ code: 'custom', message: `must be false, a hop count, or proxy addresses/subnets (${TRUST_PROXY_PRESETS.join(', ')}, 10.0.0.0/8, ::1…)${bad.length && v !== 'true' ? `; not an address: ${bad.join(', ')}` : ''}` });
      return z.NEVER;
    }
    return list;
  });

export type TrustProxySetting = false | number | readonly string[];

/** Budgets per route family; null is off. README "Running in production" explains each. */
export interface RateLimitsConfig {
  /** Webhook requests per client address (all of them): generous, platforms burst from few addresses. */
  readonly webhookPerAddress: RateBudget | null;
  /** Webhook requests refused (bad signature, malformed) per client address. */
  readonly webhookRefusedPerAddress: RateBudget | null;
  /** Accepted webhook messages per sender (a WhatsApp number, a WeChat openid). */
  readonly webhookPerSender: RateBudget | null;
  /** Direct Line tokens and conversations started per client address (a site's secret is not limited). */
  readonly directLineStartPerAddress: RateBudget | null;
  /** Direct Line activities and uploads posted per conversation. */
  readonly directLinePostPerConversation: RateBudget | null;
  /** Direct Line activities and uploads posted per client address. */
  readonly directLinePostPerAddress: RateBudget | null;
  /** Uploads per conversation (on top of the post limits). */
  readonly uploadPerConversation: RateBudget | null;
  /** Console sign-in attempts per client address (the lock-outs are apart: src/console/loginThrottle.ts). */
  readonly signInPerAddress: RateBudget | null;
}

const RateLimitEnv = {
  TRUST_PROXY: TrustProxy.prefault('false'),
  RATE_LIMIT_WEBHOOK: RateBudgetSpec.prefault('12000/1m'),
  RATE_LIMIT_WEBHOOK_REFUSED: RateBudgetSpec.prefault('120/1m'),
  RATE_LIMIT_WEBHOOK_SENDER: RateBudgetSpec.prefault('1200/1m'),
  RATE_LIMIT_DIRECTLINE_START: RateBudgetSpec.prefault('300/1m'),
  RATE_LIMIT_DIRECTLINE_POST: RateBudgetSpec.prefault('60/1m'),
  RATE_LIMIT_DIRECTLINE_POST_ADDRESS: RateBudgetSpec.prefault('1200/1m'),
  RATE_LIMIT_UPLOAD: RateBudgetSpec.prefault('20/1m'),
  RATE_LIMIT_SIGN_IN: RateBudgetSpec.prefault('60/1m'),
};

function rateLimitsOf(e: Env): RateLimitsConfig {
  return Object.freeze({
    webhookPerAddress: e.RATE_LIMIT_WEBHOOK,
    webhookRefusedPerAddress: e.RATE_LIMIT_WEBHOOK_REFUSED,
    webhookPerSender: e.RATE_LIMIT_WEBHOOK_SENDER,
    directLineStartPerAddress: e.RATE_LIMIT_DIRECTLINE_START,
    directLinePostPerConversation: e.RATE_LIMIT_DIRECTLINE_POST,
    directLinePostPerAddress: e.RATE_LIMIT_DIRECTLINE_POST_ADDRESS,
    uploadPerConversation: e.RATE_LIMIT_UPLOAD,
    signInPerAddress: e.RATE_LIMIT_SIGN_IN,
  });
}
// --- end rate limits and trust proxy ---

const BotFrameworkAppType = z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']);

// --- Security at the edges (README): the Bot Framework endpoint's development switch, extra
// serviceUrl hosts and the channels that get `handoff.initiate`.
/** A comma-separated list; blanks dropped. */
const commaList = (item: z.ZodString) =>
  z
    .string()
    .transform((v) => v.split(',').map((x) => x.trim()).filter((x) => x !== ''))
    .pipe(z.array(item));
/** BOT_ALLOWED_SERVICE_URLS: Bot Connector origins besides Microsoft's, such as https://bots.example.com. */
const ServiceUrlList = commaList(
  z.string().refine((v) => /^https?:\/\/[^\s/?#]+/.test(v) && URL.canParse(v), { message: 'each must be an http(s) URL such as https://connector.example.com' }),
).transform((urls) => urls.map((u) => new URL(u).origin));
/** BOT_HANDOFF_EVENT_CHANNELS: Bot Framework channel ids (msteams, directline, …) whose hub takes handoff.initiate. */
const BotChannelList = commaList(z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'each must be a Bot Framework channel id such as msteams or directline'));
const BotFrameworkEdgeEnv = {
  BOT_ALLOW_UNAUTHENTICATED: z.enum(['true', 'false']).default('false'),
  BOT_ALLOWED_SERVICE_URLS: ServiceUrlList.default([]),
  BOT_HANDOFF_EVENT_CHANNELS: BotChannelList.default([]),
};
// --- end of the edges' block

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: Port.default(3978),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: DatabaseUrl.default('sqlite:./data/carrier-assist.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEFAULT_TIMEZONE: TimeZone.default('UTC'),
  DEMO_SEED: z.coerce.number().int().nonnegative().default(42),
  /** Default on, except in production, where demo data (and demo agents) are never loaded. */
  DEMO_DATA: z.enum(['on', 'off']).optional(),
  DEMO_SCALE: z.enum(['full', 'small']).default('full'),
  DIRECTLINE_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  DIRECTLINE_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  INBOX_LEASE_MS: z.coerce.number().int().min(500).max(600_000).default(60_000),
  QUEUE_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(12),
  OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(10).max(600_000).default(1_000),
  OUTBOX_RETRY_MAX_MS: z.coerce.number().int().min(10).max(3_600_000).default(300_000),
  QUEUE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
  BUSINESS_HOURS: z.string().trim().min(1).default('Mon-Fri 09:00-18:00'),
  BUSINESS_TIME_ZONE: TimeZone.optional(),
  // Agents' presence and assignment (README "Human agents"): conversations at once, idle time, auto-assignment.
  AGENT_CAPACITY: z.coerce.number().int().min(1).max(50).default(3),
  AGENT_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  AUTO_ASSIGN: z.enum(['on', 'off']).default('off'),
  OPENAI_BASE_URL: z
    .string()
    .trim()
    .refine((v) => /^https?:\/\/[^\s/?#]+/.test(v) && URL.canParse(v), { message: 'must be the http(s) base URL of an OpenAI-compatible API, such as http://127.0.0.1:8080/v1' })
    .optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_MODEL: z.string().optional(),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2500),
  SMTP_URL: SmtpUrl.optional(),
  MAIL_FROM: MailFrom.default('Carrier Assist <no-reply@carrier-assist.local>'),
  PAYMENT_PORTAL_URL: PaymentPortalUrl.default(DEFAULT_PAYMENT_PORTAL_URL),
  SUPPORT_PHONE: SupportPhone.default(DEFAULT_SUPPORT_PHONE),
  SUPPORT_PHONE_INTERNATIONAL: SupportPhone.default(DEFAULT_SUPPORT_PHONE_INTERNATIONAL),
  WHATSAPP_VERIFY_TOKEN: z.string().trim().min(1).optional(),
  WHATSAPP_APP_SECRET: z.string().trim().min(1).optional(),
  WHATSAPP_ACCESS_TOKEN: z.string().trim().min(1).optional(),
  WHATSAPP_PHONE_NUMBER_ID: z.string().trim().regex(/^\d{1,32}$/, 'must be the numeric Phone number ID from the Meta app console').optional(),
  WHATSAPP_GRAPH_URL: z.string().url().default('https://graph.facebook.com/v21.0'),
  WHATSAPP_TEMPLATE_NAME: WhatsAppTemplateName.optional(),
  WHATSAPP_TEMPLATE_LANGUAGE: WhatsAppTemplateLanguageCode.optional(),
  WHATSAPP_TEMPLATES: WhatsAppTemplates.optional(),
  WECHAT_TOKEN: WeChatToken.optional(),
  WECHAT_APP_ID: z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be the AppID from the WeChat console (wx…)').optional(),
  WECHAT_APP_SECRET: z.string().trim().min(1).optional(),
  WECHAT_ENCODING_AES_KEY: WeChatAesKey.optional(),
  WECHAT_API_URL: z.string().url().default('https://api.weixin.qq.com'),
  WECHAT_MAX_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  WECHAT_REPLY_BUDGET_MS: z.coerce.number().int().min(0).max(4_800).default(4_000),
  WECHAT_PASSIVE_HOLD_MS: z.coerce.number().int().min(0).max(600_000).default(20_000),
  WECHAT_NOTICE_TEMPLATE: WeChatNoticeTemplate.optional(),
  MicrosoftAppId: z.string().trim().min(1).optional(),
  MicrosoftAppPassword: z.string().min(1).optional(),
  MicrosoftAppTenantId: z.string().trim().min(1).optional(),
  MicrosoftAppType: BotFrameworkAppType.default('MultiTenant'),
  ...BotFrameworkEdgeEnv,
  // The UPS Tracking API as the carrier source (issue 21; README "UPS tracking and Track Alert"): all three or none.
  UPS_CLIENT_ID: z.string().trim().min(1).optional(),
  UPS_CLIENT_SECRET: z.string().trim().min(1).optional(),
  UPS_API_URL: z
    .string()
    .trim()
    .refine((v) => /^https?:\/\/[^\s/?#]+\/?$/.test(v) && URL.canParse(v), { message: 'must be the API host without a path, such as https://onlinetools.ups.com or https://wwwcie.ups.com' })
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  UPS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  UPS_TRANSACTION_SRC: z.string().trim().min(1).max(32).default('carrier-assist'),
  // The credential UPS's Track Alert webhook calls us with (x-api-key and a bearer from our token route).
  UPS_ALERT_CLIENT_ID: z.string().trim().min(1).optional(),
  UPS_ALERT_CLIENT_SECRET: z.string().trim().min(16, 'must be at least 16 characters').optional(),
  // Prometheus /metrics (README "Metrics and logs"): a bearer token, a port of its own, or both.
  METRICS_TOKEN: z.string().trim().min(16, 'must be at least 16 characters').optional(),
  METRICS_PORT: Port.optional(),
  ...RateLimitEnv,
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  readonly env: Env['NODE_ENV'];
  readonly port: number;
  readonly host: string;
  readonly publicUrl: string | undefined;
  readonly databaseUrl: string;
  readonly logLevel: Env['LOG_LEVEL'];
  readonly defaultTimeZone: string;
  readonly demo: { readonly enabled: boolean; readonly seed: number; readonly scale: 'full' | 'small' };
  readonly directLine: { readonly secret: string | undefined; readonly tokenTtlSeconds: number };
  readonly shutdownGraceMs: number;
  /** The durable inbox and outbox: leases, polling, retries (README "Durability"). */
  readonly durability: DurabilityConfig;
  /** When people answer handoffs (SLA clocks run only then; VIP accounts are served 24/7). */
  readonly businessHours: BusinessHours;
  /** Agents' availability and automatic assignment (issue 20). */
  readonly agents: AgentsConfig;
  readonly openai:
    | { readonly baseURL: string; readonly apiKey: string; readonly model: string; readonly timeoutMs: number }
    | undefined;
  /** Outgoing e-mail: through SMTP when `smtpUrl` is set, otherwise kept in the dev mailbox. */
  readonly mail: { readonly smtpUrl: string | undefined; readonly from: string };
  /** Where customers pay invoices (the billing flow's links). */
  readonly billing: { readonly paymentPortalUrl: string };
  /** WhatsApp Cloud API; undefined (channel off) without verify token, app secret, access token and phone number id. */
  readonly whatsapp: WhatsAppConfig | undefined;
  /** WeChat official account message push; undefined (channel off) without token, app id and secret. */
  readonly wechat: WeChatConfig | undefined;
  /** Bot Framework (Azure Bot Service) credentials; all undefined means the local Emulator only. */
  readonly botFramework: BotFrameworkConfig;
  /** Prometheus /metrics: open on the main port in development; in production behind the token or on its own port. */
  readonly metrics: MetricsConfig;
  /** The UPS Tracking API (lookups refresh the stored copy); undefined: the local store only (the default, the demo). */
  readonly ups: UpsConfig | undefined;
  /** Track Alert pushes at POST /ups/track-alert; undefined: the route is off. */
  readonly upsTrackAlert: UpsTrackAlertConfig | undefined;
  /** Express's `trust proxy`: which hops' X-Forwarded-For is believed (false: none). */
  readonly trustProxy: TrustProxySetting;
  readonly rateLimits: RateLimitsConfig;
}

export interface UpsConfig {
  readonly clientId: string;
  readonly clientSecret: string;
  /** The API host without a path (https://onlinetools.ups.com, https://wwwcie.ups.com). */
  readonly apiUrl: string;
  readonly timeoutMs: number;
  readonly transactionSrc: string;
}

export interface UpsTrackAlertConfig {
  /** What UPS sends as x-api-key and uses, with the secret, at our token route (the webhook credential registered with UPS). */
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface AgentsConfig {
  /** Conversations an agent takes at once unless a supervisor set theirs. */
  readonly defaultCapacity: number;
  /** An available agent who did nothing in the console this long counts as away. */
  readonly idleMs: number;
  /** Waiting conversations go to available agents by themselves (off: agents claim them). */
  readonly autoAssign: boolean;
}

export interface MetricsConfig {
  /** When set, /metrics answers only `Authorization: Bearer <token>`. */
  readonly token: string | undefined;
  /** When set, /metrics is served on this port (on HOST) and not on the main one. */
  readonly port: number | undefined;
}

export interface DurabilityConfig {
  /** How long an instance holds an inbox message it runs; past it, another instance takes the turn over. */
  readonly leaseMs: number;
  /** How often the inbox and outbox look for work they were not told about (takeovers, retries). */
  readonly pollMs: number;
  /** Sends of one outbound message before it is given up as undeliverable. */
  readonly maxSendAttempts: number;
  /** The first retry's delay; each retry doubles it (with jitter), up to retryMaxMs. */
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  /** How long completed inbox messages and sent outbox deliveries are kept before they are purged. */
  readonly retentionMs: number;
}

export interface WeChatConfig {
  readonly token: string;
  readonly appId: string;
  readonly appSecret: string;
  /** Safe (encrypted) mode needs it; undefined means plaintext mode only. */
  readonly encodingAesKey: string | undefined;
  readonly apiUrl: string;
  /** Pushes whose timestamp is further than this from our clock are refused (replays). */
  readonly maxClockSkewSeconds: number;
  /** How long a turn may take before the passive reply gives up and the customer-service API sends. */
  readonly replyBudgetMs: number;
  /**
   * How long a turn's replies wait for a passive reply (WeChat retries a push whose answer it did not
   * get, for about 15 s) before the customer-service API sends them instead.
   */
  readonly passiveHoldMs: number;
  /** The template message for customer notices beyond the customer-service limits; undefined holds them. */
  readonly noticeTemplate: WeChatNoticeTemplateConfig | undefined;
}

export interface WeChatNoticeTemplateConfig {
  readonly id: string;
  /** Which notice value fills each of the template's data keys. */
  readonly data: Readonly<Record<string, TemplateParameterSource>>;
}

export interface WhatsAppConfig {
  /** The Verify token typed into the Meta app's webhook settings (the GET handshake). */
  readonly verifyToken: string;
  /** The Meta app's App secret: the HMAC key of X-Hub-Signature-256. */
  readonly appSecret: string;
  /** A system user access token with whatsapp_business_messaging: the Graph API bearer. */
  readonly accessToken: string;
  readonly phoneNumberId: string;
  /** Graph API base with its version, no trailing slash. */
  readonly graphUrl: string;
  /** The approved template sent outside the 24-hour customer-service window; undefined queues instead. */
  readonly template: { readonly name: string; readonly language: string } | undefined;
  /** WHATSAPP_TEMPLATES: the template for a customer's language (with body parameters); `template` serves the others. */
  readonly templates: Readonly<Partial<Record<Language, WhatsAppTemplate>>>;
}

/** An approved template of one language, and what fills its body parameters. */
export interface WhatsAppTemplate {
  readonly name: string;
  readonly language: string;
  readonly parameters: readonly TemplateParameterSource[];
}

export interface BotFrameworkConfig {
  readonly appId: string | undefined;
  readonly appPassword: string | undefined;
  readonly tenantId: string | undefined;
  readonly appType: z.infer<typeof BotFrameworkAppType>;
  /** Without appId: serve unauthenticated requests from a loopback peer (the local Emulator); development only. */
  readonly allowUnauthenticated: boolean;
  /** Origins the bot may call back besides Microsoft's Bot Connector hosts (BOT_ALLOWED_SERVICE_URLS). */
  readonly allowedServiceUrls: readonly string[];
  /** Bot Framework channels that get `handoff.initiate` (public fields only); none by default. */
  readonly handoffEventChannels: readonly string[];
}

/** A configuration error names every bad variable and why, so an operator fixes them in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; the result is frozen. Empty strings count as unset. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.NODE_ENV === 'production' && !e.DIRECTLINE_SECRET) {
    problems.push('DIRECTLINE_SECRET: required when NODE_ENV=production (web chat tokens are free only in development)');
  }
  if (e.NODE_ENV === 'production' && e.DEMO_DATA === 'on') {
    problems.push('DEMO_DATA: on is not allowed when NODE_ENV=production (create the first agent with `carrier-assist agent add`)');
  }
  if (e.OPENAI_BASE_URL && !e.OPENAI_MODEL) {
    problems.push('OPENAI_MODEL: required when OPENAI_BASE_URL is set');
  }
  problems.push(...weChatProblems(e), ...botFrameworkProblems(e));
  problems.push(...whatsAppProblems(e), ...upsProblems(e));
  if (e.NODE_ENV === 'production' && !e.METRICS_TOKEN && e.METRICS_PORT === undefined) {
    problems.push('METRICS_TOKEN or METRICS_PORT: one is required when NODE_ENV=production (/metrics is open only in development)');
  }
  if (e.METRICS_PORT !== undefined && e.METRICS_PORT !== 0 && e.METRICS_PORT === e.PORT) {
    problems.push('METRICS_PORT: must differ from PORT (it is a port of its own for /metrics)');
  }
  let businessHours: BusinessHours | undefined;
  try {
    businessHours = parseBusinessHours(e.BUSINESS_HOURS, e.BUSINESS_TIME_ZONE ?? e.DEFAULT_TIMEZONE);
  } catch (error) {
    if (!(error instanceof BusinessHoursError)) throw error;
    problems.push(`BUSINESS_HOURS: ${error.message}`);
  }
  if (problems.length || !businessHours) throw new ConfigError(problems);
  const config: Config = {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    defaultTimeZone: e.DEFAULT_TIMEZONE,
    demo: Object.freeze({ enabled: (e.DEMO_DATA ?? (e.NODE_ENV === 'production' ? 'off' : 'on')) === 'on', seed: e.DEMO_SEED, scale: e.DEMO_SCALE }),
    directLine: Object.freeze({ secret: e.DIRECTLINE_SECRET, tokenTtlSeconds: e.DIRECTLINE_TOKEN_TTL_SECONDS }),
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    durability: Object.freeze({
      leaseMs: e.INBOX_LEASE_MS,
      pollMs: e.QUEUE_POLL_MS,
      maxSendAttempts: e.OUTBOX_MAX_ATTEMPTS,
      retryBaseMs: e.OUTBOX_RETRY_BASE_MS,
      retryMaxMs: Math.max(e.OUTBOX_RETRY_MAX_MS, e.OUTBOX_RETRY_BASE_MS),
      retentionMs: e.QUEUE_RETENTION_DAYS * 24 * 60 * 60 * 1000,
    }),
    businessHours,
    agents: Object.freeze({ defaultCapacity: e.AGENT_CAPACITY, idleMs: e.AGENT_IDLE_MINUTES * 60_000, autoAssign: e.AUTO_ASSIGN === 'on' }),
    openai:
      e.OPENAI_BASE_URL && e.OPENAI_MODEL
        ? Object.freeze({
            baseURL: e.OPENAI_BASE_URL,
            apiKey: e.OPENAI_API_KEY ?? 'unused',
            model: e.OPENAI_MODEL,
            timeoutMs: e.OPENAI_TIMEOUT_MS,
          })
        : undefined,
    mail: Object.freeze({ smtpUrl: e.SMTP_URL, from: e.MAIL_FROM }),
    billing: Object.freeze({ paymentPortalUrl: e.PAYMENT_PORTAL_URL }),
    whatsapp:
      e.WHATSAPP_VERIFY_TOKEN && e.WHATSAPP_APP_SECRET && e.WHATSAPP_ACCESS_TOKEN && e.WHATSAPP_PHONE_NUMBER_ID
        ? Object.freeze({
            verifyToken: e.WHATSAPP_VERIFY_TOKEN,
            appSecret: e.WHATSAPP_APP_SECRET,
            accessToken: e.WHATSAPP_ACCESS_TOKEN,
            phoneNumberId: e.WHATSAPP_PHONE_NUMBER_ID,
            graphUrl: e.WHATSAPP_GRAPH_URL.replace(/\/+$/, ''),
            template:
              e.WHATSAPP_TEMPLATE_NAME && e.WHATSAPP_TEMPLATE_LANGUAGE
                ? Object.freeze({ name: e.WHATSAPP_TEMPLATE_NAME, language: e.WHATSAPP_TEMPLATE_LANGUAGE })
                : undefined,
            templates: Object.freeze({ ...e.WHATSAPP_TEMPLATES }),
          })
        : undefined,
    wechat:
      e.WECHAT_TOKEN && e.WECHAT_APP_ID && e.WECHAT_APP_SECRET
        ? Object.freeze({
            token: e.WECHAT_TOKEN,
            appId: e.WECHAT_APP_ID,
            appSecret: e.WECHAT_APP_SECRET,
            encodingAesKey: e.WECHAT_ENCODING_AES_KEY,
            apiUrl: e.WECHAT_API_URL.replace(/\/+$/, ''),
            maxClockSkewSeconds: e.WECHAT_MAX_CLOCK_SKEW_SECONDS,
            replyBudgetMs: e.WECHAT_REPLY_BUDGET_MS,
            passiveHoldMs: e.WECHAT_PASSIVE_HOLD_MS,
            noticeTemplate: e.WECHAT_NOTICE_TEMPLATE ? Object.freeze({ id: e.WECHAT_NOTICE_TEMPLATE.id, data: Object.freeze({ ...e.WECHAT_NOTICE_TEMPLATE.data }) }) : undefined,
          })
        : undefined,
    botFramework: Object.freeze({
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      tenantId: e.MicrosoftAppTenantId,
      appType: e.MicrosoftAppType,
      allowUnauthenticated: e.BOT_ALLOW_UNAUTHENTICATED === 'true',
      allowedServiceUrls: Object.freeze([...e.BOT_ALLOWED_SERVICE_URLS]),
      handoffEventChannels: Object.freeze([...e.BOT_HANDOFF_EVENT_CHANNELS]),
    }),
    metrics: Object.freeze({ token: e.METRICS_TOKEN, port: e.METRICS_PORT }),
    ups:
      e.UPS_CLIENT_ID && e.UPS_CLIENT_SECRET && e.UPS_API_URL
        ? Object.freeze({ clientId: e.UPS_CLIENT_ID, clientSecret: e.UPS_CLIENT_SECRET, apiUrl: e.UPS_API_URL, timeoutMs: e.UPS_TIMEOUT_MS, transactionSrc: e.UPS_TRANSACTION_SRC })
        : undefined,
    upsTrackAlert: e.UPS_ALERT_CLIENT_ID && e.UPS_ALERT_CLIENT_SECRET ? Object.freeze({ clientId: e.UPS_ALERT_CLIENT_ID, clientSecret: e.UPS_ALERT_CLIENT_SECRET }) : undefined,
    trustProxy: e.TRUST_PROXY,
    rateLimits: rateLimitsOf(e),
  };
  return Object.freeze(config);
}

const WECHAT_REQUIRED = ['WECHAT_TOKEN', 'WECHAT_APP_ID', 'WECHAT_APP_SECRET'] as const;

/** Half a WeChat configuration is a mistake, not "channel off": name what is missing. */
function weChatProblems(e: Env): string[] {
  const anySet = WECHAT_REQUIRED.some((k) => e[k] !== undefined) || e.WECHAT_ENCODING_AES_KEY !== undefined || e.WECHAT_NOTICE_TEMPLATE !== undefined;
  if (!anySet) return [];
  return WECHAT_REQUIRED.filter((k) => e[k] === undefined).map(
    (k) => `${k}: required when any WECHAT_ variable is set (the channel needs ${WECHAT_REQUIRED.join(', ')})`,
  );
}

/** The combinations botbuilder's ConfigurationServiceClientCredentialFactory accepts. */
function botFrameworkProblems(e: Env): string[] {
  const problems: string[] = [];
  if (e.BOT_ALLOW_UNAUTHENTICATED === 'true' && e.NODE_ENV === 'production') {
    problems.push('BOT_ALLOW_UNAUTHENTICATED: must not be true when NODE_ENV=production (it is for the local Bot Framework Emulator)');
  }
  if (!e.MicrosoftAppId) {
    if (e.MicrosoftAppPassword || e.MicrosoftAppTenantId) problems.push('MicrosoftAppId: required when MicrosoftAppPassword or MicrosoftAppTenantId is set');
    return problems;
  }
  if (e.MicrosoftAppType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
    problems.push(`MicrosoftAppPassword: required with MicrosoftAppId when MicrosoftAppType is ${e.MicrosoftAppType}`);
  }
  if (e.MicrosoftAppType !== 'MultiTenant' && !e.MicrosoftAppTenantId) {
    problems.push(`MicrosoftAppTenantId: required when MicrosoftAppType is ${e.MicrosoftAppType}`);
  }
  return problems;
}

const WHATSAPP_REQUIRED = ['WHATSAPP_VERIFY_TOKEN', 'WHATSAPP_APP_SECRET', 'WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_PHONE_NUMBER_ID'] as const;

/** Half a WhatsApp configuration is a mistake, not "channel off": name what is missing. */
function whatsAppProblems(e: Env): string[] {
  const problems: string[] = [];
  const template = e.WHATSAPP_TEMPLATE_NAME !== undefined || e.WHATSAPP_TEMPLATE_LANGUAGE !== undefined || e.WHATSAPP_TEMPLATES !== undefined;
  const anySet = WHATSAPP_REQUIRED.some((k) => e[k] !== undefined) || template;
  if (!anySet) return problems;
  for (const k of WHATSAPP_REQUIRED) {
    if (e[k] === undefined) problems.push(`${k}: required when any WHATSAPP_ variable is set (the channel needs ${WHATSAPP_REQUIRED.join(', ')})`);
  }
  if (e.WHATSAPP_TEMPLATE_NAME && !e.WHATSAPP_TEMPLATE_LANGUAGE) {
    problems.push("WHATSAPP_TEMPLATE_LANGUAGE: required with WHATSAPP_TEMPLATE_NAME (the approved template's language code, e.g. en_US)");
  }
  if (e.WHATSAPP_TEMPLATE_LANGUAGE && !e.WHATSAPP_TEMPLATE_NAME) {
    problems.push('WHATSAPP_TEMPLATE_NAME: required with WHATSAPP_TEMPLATE_LANGUAGE');
  }
  return problems;
}

const UPS_REQUIRED = ['UPS_CLIENT_ID', 'UPS_CLIENT_SECRET', 'UPS_API_URL'] as const;
const UPS_ALERT_REQUIRED = ['UPS_ALERT_CLIENT_ID', 'UPS_ALERT_CLIENT_SECRET'] as const;

/** Half a UPS configuration is a mistake, not "local store only": name what is missing. */
function upsProblems(e: Env): string[] {
  const missing = (group: readonly (keyof Env)[], why: string) =>
    group.some((k) => e[k] !== undefined) ? group.filter((k) => e[k] === undefined).map((k) => `${k}: required with ${group.filter((g) => g !== k).join(' and ')} (${why})`) : [];
  const problems = [...missing(UPS_REQUIRED, 'the UPS Tracking API'), ...missing(UPS_ALERT_REQUIRED, 'the Track Alert webhook credential')];
  if (e.UPS_ALERT_CLIENT_ID && !e.UPS_CLIENT_ID) problems.push('UPS_CLIENT_ID: required with UPS_ALERT_CLIENT_ID (subscriptions are made through the UPS Tracking API)');
  return problems;
}
