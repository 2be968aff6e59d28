import { describe, expect, test } from 'vitest';
import { ConfigError, DEFAULT_PAYMENT_PORTAL_URL, loadConfig, paymentPortalUrl } from '../src/config.ts';

describe('loadConfig', () => {
  test('should give the payment portal a default and take a configured one without its trailing slash', () => {
    expect(loadConfig({}).billing.paymentPortalUrl).toBe(DEFAULT_PAYMENT_PORTAL_URL);
    expect(loadConfig({ PAYMENT_PORTAL_URL: 'https://pay.example.com/invoices/' }).billing.paymentPortalUrl).toBe('https://pay.example.com/invoices');
    expect(paymentPortalUrl({})).toBe(DEFAULT_PAYMENT_PORTAL_URL);
    expect(paymentPortalUrl({ PAYMENT_PORTAL_URL: 'http://127.0.0.1:8080/pay' })).toBe('http://127.0.0.1:8080/pay');
  });

  test('should give the embedded defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      env: 'development',
      port: 3978,
      databaseUrl: 'sqlite:./data/carrier-assist.db',
      logLevel: 'info',
      defaultTimeZone: 'UTC',
      demo: { enabled: true, seed: 42, scale: 'full' },
      openai: undefined,
    });
    expect(Object.isFrozen(c)).toBe(true);
  });

  test.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://db' }, /DATABASE_URL: must be sqlite/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ DEFAULT_TIMEZONE: 'Mars/Olympus' }, /DEFAULT_TIMEZONE: must be an IANA time zone/],
    [{ NODE_ENV: 'production' }, /DIRECTLINE_SECRET: required when NODE_ENV=production/],
    [{ OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' }, /OPENAI_MODEL: required/],
    [{ SMTP_URL: 'http://mail.example.com' }, /SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/],
    [{ SMTP_URL: 'smtp://' }, /SMTP_URL/],
    [{ MAIL_FROM: 'no-reply' }, /MAIL_FROM: must be an address/],
    [{ MAIL_FROM: 'Carrier <no-reply>' }, /MAIL_FROM/],
    [{ PAYMENT_PORTAL_URL: 'billing.example.com/pay' }, /PAYMENT_PORTAL_URL: must be an http\(s\) URL/],
    [{ PAYMENT_PORTAL_URL: 'https://billing.example.com/pay?x=1' }, /PAYMENT_PORTAL_URL/],
  ])('should reject %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });

  test('should take the durable inbox and outbox settings, and cap the retry delay below its base', () => {
    expect(loadConfig({}).durability).toEqual({ leaseMs: 60_000, pollMs: 1_000, maxSendAttempts: 12, retryBaseMs: 1_000, retryMaxMs: 300_000, retentionMs: 7 * 86_400_000 });
    const c = loadConfig({ INBOX_LEASE_MS: '2000', QUEUE_POLL_MS: '50', OUTBOX_MAX_ATTEMPTS: '3', OUTBOX_RETRY_BASE_MS: '500', OUTBOX_RETRY_MAX_MS: '100', QUEUE_RETENTION_DAYS: '2' });
    expect(c.durability).toEqual({ leaseMs: 2000, pollMs: 50, maxSendAttempts: 3, retryBaseMs: 500, retryMaxMs: 500, retentionMs: 2 * 86_400_000 });
    expect(() => loadConfig({ INBOX_LEASE_MS: '10' })).toThrow(/INBOX_LEASE_MS/);
  });

  test('should take the agents\' capacity, idle time and auto-assignment, off by default', () => {
    expect(loadConfig({}).agents).toEqual({ defaultCapacity: 3, idleMs: 30 * 60_000, autoAssign: false });
    expect(loadConfig({ AGENT_CAPACITY: '5', AGENT_IDLE_MINUTES: '10', AUTO_ASSIGN: 'on' }).agents).toEqual({ defaultCapacity: 5, idleMs: 600_000, autoAssign: true });
    expect(() => loadConfig({ AGENT_CAPACITY: '0' })).toThrow(/AGENT_CAPACITY/);
    expect(() => loadConfig({ AGENT_IDLE_MINUTES: 'soon' })).toThrow(/AGENT_IDLE_MINUTES/);
    expect(() => loadConfig({ AUTO_ASSIGN: 'yes' })).toThrow(/AUTO_ASSIGN/);
  });

  test('should list every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'y' });
      expect.unreachable();
    } catch (e) {
      expect((e as ConfigError).problems).toHaveLength(2);
    }
  });

  test('should treat empty strings as unset and accept postgres and memory URLs', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: 'sqlite::memory:' })).toMatchObject({ port: 3978, databaseUrl: 'sqlite::memory:' });
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@localhost:5432/ca' }).databaseUrl).toMatch(/^postgres/);
  });

  test('should configure the LLM extractor only with a base URL and a model', () => {
    const c = loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1', OPENAI_MODEL: 'qwen2.5' });
    expect(c.openai).toEqual({ baseURL: 'http://127.0.0.1:8080/v1', apiKey: 'unused', model: 'qwen2.5', timeoutMs: 2500 });
  });

  test('should keep mail in the dev mailbox by default, from the house address', () => {
    expect(loadConfig({}).mail).toEqual({ smtpUrl: undefined, from: 'Carrier Assist <no-reply@carrier-assist.local>' });
    expect(Object.isFrozen(loadConfig({}).mail)).toBe(true);
  });

  test('should take an SMTP URL and a sender', () => {
    const c = loadConfig({ SMTP_URL: ' smtps://mailer:s3cret@mail.example.com:465 ', MAIL_FROM: 'Parcel Help <help@example.com>' });
    expect(c.mail).toEqual({ smtpUrl: 'smtps://mailer:s3cret@mail.example.com:465', from: 'Parcel Help <help@example.com>' });
    expect(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'help@example.com' }).mail).toEqual({
      smtpUrl: 'smtp://127.0.0.1:2525',
      from: 'help@example.com',
    });
  });
  describe('WeChat', () => {
    const wechat = { WECHAT_TOKEN: 'spamtest', WECHAT_APP_ID: 'wx2c2769f8efd9abc2', WECHAT_APP_SECRET: 's3cret' };

    test('should leave the channel off without its variables', () => {
      expect(loadConfig({}).wechat).toBeUndefined();
    });

    test('should turn the channel on with token, app id and secret, in plaintext mode and with the defaults', () => {
      const c = loadConfig(wechat);
      expect(c.wechat).toEqual({
        token: 'spamtest',
        appId: 'wx2c2769f8efd9abc2',
        appSecret: 's3cret',
        encodingAesKey: undefined,
        apiUrl: 'https://api.weixin.qq.com',
        maxClockSkewSeconds: 300,
        replyBudgetMs: 4000,
        passiveHoldMs: 20000,
      });
      expect(Object.isFrozen(c.wechat)).toBe(true);
    });

    test('should take the AES key for safe mode, a local API URL and the tuning knobs', () => {
      const c = loadConfig({
        ...wechat,
        WECHAT_ENCODING_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
        WECHAT_API_URL: 'http://127.0.0.1:9999/',
        WECHAT_MAX_CLOCK_SKEW_SECONDS: '60',
        WECHAT_REPLY_BUDGET_MS: '1500',
      });
      expect(c.wechat).toMatchObject({
        encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
        apiUrl: 'http://127.0.0.1:9999',
        maxClockSkewSeconds: 60,
        replyBudgetMs: 1500,
      });
    });

    test.each([
      [{ WECHAT_TOKEN: 'spamtest' }, /WECHAT_APP_ID: required when any WECHAT_ variable is set/],
      [{ WECHAT_TOKEN: 'spamtest', WECHAT_APP_ID: 'wx1' }, /WECHAT_APP_SECRET: required/],
      [{ WECHAT_ENCODING_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' }, /WECHAT_TOKEN: required/],
      [{ ...wechat, WECHAT_ENCODING_AES_KEY: 'tooshort' }, /WECHAT_ENCODING_AES_KEY: must be the 43-character EncodingAESKey/],
      [{ ...wechat, WECHAT_ENCODING_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEF=' }, /WECHAT_ENCODING_AES_KEY/],
      [{ ...wechat, WECHAT_ENCODING_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCD-FG' }, /WECHAT_ENCODING_AES_KEY/],
      [{ ...wechat, WECHAT_TOKEN: 'a b' }, /WECHAT_TOKEN: must be 3 to 32 letters or digits/],
      [{ ...wechat, WECHAT_API_URL: 'api.weixin.qq.com' }, /WECHAT_API_URL/],
      [{ ...wechat, WECHAT_REPLY_BUDGET_MS: '5000' }, /WECHAT_REPLY_BUDGET_MS/],
    ])('should reject the WeChat settings %o with a message naming the variable', (env, message) => {
      expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
      expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
    });
  });

  describe('Bot Framework', () => {
    test('should have no credentials by default (the local Emulator only)', () => {
      expect(loadConfig({}).botFramework).toEqual({
        appId: undefined,
        appPassword: undefined,
        tenantId: undefined,
        appType: 'MultiTenant',
        allowUnauthenticated: false,
        allowedServiceUrls: [],
        handoffEventChannels: [],
      });
    });

    test('should take the Azure Bot credentials under their botbuilder names', () => {
      const c = loadConfig({
        MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
        MicrosoftAppPassword: 'p@ss',
        MicrosoftAppTenantId: 'contoso.onmicrosoft.com',
        MicrosoftAppType: 'SingleTenant',
      });
      expect(c.botFramework).toMatchObject({
        appId: '00000000-0000-0000-0000-000000000001',
        appPassword: 'p@ss',
        tenantId: 'contoso.onmicrosoft.com',
        appType: 'SingleTenant',
      });
      expect(loadConfig({ MicrosoftAppId: 'id', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 't' }).botFramework.appType).toBe(
        'UserAssignedMSI',
      );
    });

    test.each([
      [{ MicrosoftAppId: 'id' }, /MicrosoftAppPassword: required with MicrosoftAppId/],
      [{ MicrosoftAppPassword: 'p' }, /MicrosoftAppId: required/],
      [{ MicrosoftAppId: 'id', MicrosoftAppPassword: 'p', MicrosoftAppType: 'SingleTenant' }, /MicrosoftAppTenantId: required when MicrosoftAppType is SingleTenant/],
      [{ MicrosoftAppType: 'Personal' }, /MicrosoftAppType/],
      [{ NODE_ENV: 'production', DIRECTLINE_SECRET: 'x'.repeat(16), BOT_ALLOW_UNAUTHENTICATED: 'true' }, /BOT_ALLOW_UNAUTHENTICATED: must not be true when NODE_ENV=production/],
      [{ BOT_ALLOW_UNAUTHENTICATED: 'yes' }, /BOT_ALLOW_UNAUTHENTICATED/],
      [{ BOT_ALLOWED_SERVICE_URLS: 'https://ok.example.com, ftp://files.example.com' }, /BOT_ALLOWED_SERVICE_URLS/],
      [{ BOT_HANDOFF_EVENT_CHANNELS: 'msteams,bad channel' }, /BOT_HANDOFF_EVENT_CHANNELS/],
    ])('should reject the Bot Framework settings %o with a message naming the variable', (env, message) => {
      expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
      expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
    });
  });

  test('should read the edge settings: the Emulator switch, extra serviceUrl origins, handoff event channels', () => {
    const c = loadConfig({
      BOT_ALLOW_UNAUTHENTICATED: 'true',
      BOT_ALLOWED_SERVICE_URLS: 'https://connector.example.com/v3/, http://10.1.2.3:8080',
      BOT_HANDOFF_EVENT_CHANNELS: 'msteams, directline',
    }).botFramework;
    expect(c).toMatchObject({
      allowUnauthenticated: true,
      allowedServiceUrls: ['https://connector.example.com', 'http://10.1.2.3:8080'],
      handoffEventChannels: ['msteams', 'directline'],
    });
  });

  describe('WhatsApp', () => {
    const whatsapp = {
      WHATSAPP_VERIFY_TOKEN: 'verify-me',
      WHATSAPP_APP_SECRET: 'app-secret',
      WHATSAPP_ACCESS_TOKEN: 'EAAG-token',
      WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
    };

    test('should leave the channel off when no WHATSAPP_ variable is set', () => {
      expect(loadConfig({}).whatsapp).toBeUndefined();
      expect(loadConfig({ WHATSAPP_GRAPH_URL: 'http://127.0.0.1:9/v21.0' }).whatsapp).toBeUndefined();
    });

    test('should turn the channel on with the four credentials and the default Graph API URL', () => {
      const c = loadConfig(whatsapp);
      expect(c.whatsapp).toEqual({
        verifyToken: 'verify-me',
        appSecret: 'app-secret',
        accessToken: 'EAAG-token',
        phoneNumberId: '106540352242922',
        graphUrl: 'https://graph.facebook.com/v21.0',
        template: undefined,
        templates: {},
      });
      expect(Object.isFrozen(c.whatsapp)).toBe(true);
    });

    test('should take a local Graph API URL without its trailing slash, and a template', () => {
      const c = loadConfig({
        ...whatsapp,
        WHATSAPP_GRAPH_URL: 'http://127.0.0.1:8999/v21.0/',
        WHATSAPP_TEMPLATE_NAME: 'service_follow_up',
        WHATSAPP_TEMPLATE_LANGUAGE: 'en_US',
      });
      expect(c.whatsapp?.graphUrl).toBe('http://127.0.0.1:8999/v21.0');
      expect(c.whatsapp?.template).toEqual({ name: 'service_follow_up', language: 'en_US' });
    });

    test('should take a template per language with its body parameters (WHATSAPP_TEMPLATES), the parameters none by default', () => {
      const c = loadConfig({
        ...whatsapp,
        WHATSAPP_TEMPLATES: JSON.stringify({ en: { name: 'ticket_update', language: 'en_US', parameters: ['ticket', 'text'] }, zh: { name: 'gongdan_gengxin', language: 'zh_CN' } }),
      });
      expect(c.whatsapp?.templates).toEqual({
        en: { name: 'ticket_update', language: 'en_US', parameters: ['ticket', 'text'] },
        zh: { name: 'gongdan_gengxin', language: 'zh_CN', parameters: [] },
      });
      expect(c.whatsapp?.template).toBeUndefined();
    });

    test('should name every missing credential of a partial set', () => {
      try {
        loadConfig({ WHATSAPP_VERIFY_TOKEN: 'verify-me', WHATSAPP_ACCESS_TOKEN: 'EAAG-token' });
        expect.unreachable();
      } catch (e) {
        expect((e as ConfigError).problems).toEqual([
          expect.stringMatching(/^WHATSAPP_APP_SECRET: required when any WHATSAPP_ variable is set/),
          expect.stringMatching(/^WHATSAPP_PHONE_NUMBER_ID: required when any WHATSAPP_ variable is set/),
        ]);
      }
    });

    test.each([
      [{ WHATSAPP_APP_SECRET: 's' }, /WHATSAPP_VERIFY_TOKEN: required/],
      [{ ...whatsapp, WHATSAPP_PHONE_NUMBER_ID: '+1 555 0100' }, /WHATSAPP_PHONE_NUMBER_ID: must be the numeric Phone number ID/],
      [{ ...whatsapp, WHATSAPP_GRAPH_URL: 'graph.facebook.com' }, /WHATSAPP_GRAPH_URL/],
      [{ ...whatsapp, WHATSAPP_TEMPLATE_NAME: 'service_follow_up' }, /WHATSAPP_TEMPLATE_LANGUAGE: required with WHATSAPP_TEMPLATE_NAME/],
      [{ ...whatsapp, WHATSAPP_TEMPLATE_LANGUAGE: 'en_US' }, /WHATSAPP_TEMPLATE_NAME: required with WHATSAPP_TEMPLATE_LANGUAGE/],
      [{ ...whatsapp, WHATSAPP_TEMPLATE_NAME: 'Follow Up', WHATSAPP_TEMPLATE_LANGUAGE: 'en_US' }, /WHATSAPP_TEMPLATE_NAME: must be an approved template name/],
      [{ WHATSAPP_TEMPLATE_NAME: 'service_follow_up', WHATSAPP_TEMPLATE_LANGUAGE: 'en_US' }, /WHATSAPP_ACCESS_TOKEN: required/],
      [{ ...whatsapp, WHATSAPP_TEMPLATES: '{en: ticket_update}' }, /WHATSAPP_TEMPLATES: must be JSON/],
      [{ ...whatsapp, WHATSAPP_TEMPLATES: '{"fr":{"name":"mise_a_jour","language":"fr"}}' }, /WHATSAPP_TEMPLATES/],
      [{ ...whatsapp, WHATSAPP_TEMPLATES: '{"en":{"name":"ticket_update","language":"en_US","parameters":["name"]}}' }, /WHATSAPP_TEMPLATES\.en\.parameters/],
      [{ ...whatsapp, WHATSAPP_TEMPLATES: '{"es":{"name":"Ticket Update","language":"es"}}' }, /WHATSAPP_TEMPLATES\.es\.name: must be an approved template name/],
      [{ WHATSAPP_TEMPLATES: '{"en":{"name":"ticket_update","language":"en_US"}}' }, /WHATSAPP_ACCESS_TOKEN: required/],
    ])('should reject the WhatsApp settings %o with a message naming the variable', (env, message) => {
      expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
      expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
    });
  });
});

describe('loadConfig: WECHAT_NOTICE_TEMPLATE (issue 20)', () => {
  const wechat = { WECHAT_TOKEN: 'carrierassist', WECHAT_APP_ID: 'wx2c2769f8efd9abc2', WECHAT_APP_SECRET: 'secret' };

  test('should take the template id and which notice value fills each data key', () => {
    const c = loadConfig({ ...wechat, WECHAT_NOTICE_TEMPLATE: '{"id":"ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY","data":{"character_string1":"ticket","thing2":"text"}}' });
    expect(c.wechat?.noticeTemplate).toEqual({ id: 'ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY', data: { character_string1: 'ticket', thing2: 'text' } });
    expect(loadConfig(wechat).wechat?.noticeTemplate).toBeUndefined();
  });

  test.each([
    [{ ...wechat, WECHAT_NOTICE_TEMPLATE: 'TEMPLATE_ID' }, /WECHAT_NOTICE_TEMPLATE: must be JSON/],
    [{ ...wechat, WECHAT_NOTICE_TEMPLATE: '{"id":"T1","data":{}}' }, /WECHAT_NOTICE_TEMPLATE.data: must name at least one data key/],
    [{ ...wechat, WECHAT_NOTICE_TEMPLATE: '{"id":"T1","data":{"thing2":"name"}}' }, /WECHAT_NOTICE_TEMPLATE.data.thing2/],
    [{ WECHAT_NOTICE_TEMPLATE: '{"id":"T1","data":{"thing2":"text"}}' }, /WECHAT_TOKEN: required/],
  ])('should reject %o naming the variable', (env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });
});

describe('loadConfig: production, trust proxy and rate limits (issue 18)', () => {
  const production = { NODE_ENV: 'production', DIRECTLINE_SECRET: 'a-directline-secret-of-32-chars!!', METRICS_TOKEN: 'metrics-token-for-tests' };

  test('should never load demo data in production, and refuse DEMO_DATA=on there', () => {
    expect(loadConfig(production).demo.enabled).toBe(false);
    expect(loadConfig({}).demo.enabled).toBe(true);
    expect(() => loadConfig({ ...production, DEMO_DATA: 'on' })).toThrow(/DEMO_DATA: on is not allowed when NODE_ENV=production/);
  });

  test.each([
    [undefined, false],
    ['false', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 192.0.2.7 ,::1, fd00::/8', ['10.0.0.0/8', '192.0.2.7', '::1', 'fd00::/8']],
  ])('should read TRUST_PROXY=%s as %o', (value, expected) => {
    expect(loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  test.each(['true', 'proxy.example.com', '10.0.0.0/33', '10.0.0.1/8/1', ','])('should refuse TRUST_PROXY=%s', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY: must be false, a hop count, or proxy addresses/);
  });

  test('should give every rate limit a default and take N/window or off', () => {
    const defaults = loadConfig({}).rateLimits;
    expect(defaults.webhookPerAddress).toEqual({ limit: 12_000, windowMs: 60_000 });
    expect(Object.values(defaults).every((b) => b !== null && b.limit > 0)).toBe(true);
    const c = loadConfig({ RATE_LIMIT_SIGN_IN: '10/30s', RATE_LIMIT_UPLOAD: 'off', RATE_LIMIT_DIRECTLINE_POST: '500/1h', RATE_LIMIT_WEBHOOK: '0/1m' }).rateLimits;
    expect(c.signInPerAddress).toEqual({ limit: 10, windowMs: 30_000 });
    expect(c.uploadPerConversation).toBeNull();
    expect(c.directLinePostPerConversation).toEqual({ limit: 500, windowMs: 3_600_000 });
    expect(c.webhookPerAddress).toBeNull();
  });

  test.each(['10', '10/', '10/1d', 'ten/1m', '-1/1m'])('should refuse RATE_LIMIT_SIGN_IN=%s', (value) => {
    expect(() => loadConfig({ RATE_LIMIT_SIGN_IN: value })).toThrow(/RATE_LIMIT_SIGN_IN: must be N\/W such as 60\/1m/);
  });
});

describe('loadConfig: the UPS Tracking API and Track Alert (issue 21)', () => {
  const ups = { UPS_CLIENT_ID: 'client', UPS_CLIENT_SECRET: 'secret', UPS_API_URL: 'https://wwwcie.ups.com/' };

  test('should leave UPS off by default: the local store only', () => {
    const c = loadConfig({});
    expect(c.ups).toBeUndefined();
    expect(c.upsTrackAlert).toBeUndefined();
  });

  test('should take the three UPS settings, the host without its trailing slash, with a time-out and transactionSrc by default', () => {
    const c = loadConfig({ ...ups, UPS_ALERT_CLIENT_ID: 'ups-webhook', UPS_ALERT_CLIENT_SECRET: 'a-long-enough-secret' });
    expect(c.ups).toEqual({ clientId: 'client', clientSecret: 'secret', apiUrl: 'https://wwwcie.ups.com', timeoutMs: 3_000, transactionSrc: 'carrier-assist' });
    expect(c.upsTrackAlert).toEqual({ clientId: 'ups-webhook', clientSecret: 'a-long-enough-secret' });
  });

  test.each([
    [{ UPS_CLIENT_ID: 'client' }, /UPS_CLIENT_SECRET: required with UPS_CLIENT_ID and UPS_API_URL/],
    [{ ...ups, UPS_API_URL: 'https://onlinetools.ups.com/api' }, /UPS_API_URL: must be the API host without a path/],
    [{ ...ups, UPS_ALERT_CLIENT_ID: 'ups-webhook' }, /UPS_ALERT_CLIENT_SECRET: required with UPS_ALERT_CLIENT_ID/],
    [{ UPS_ALERT_CLIENT_ID: 'ups-webhook', UPS_ALERT_CLIENT_SECRET: 'a-long-enough-secret' }, /UPS_CLIENT_ID: required with UPS_ALERT_CLIENT_ID/],
    [{ ...ups, UPS_ALERT_CLIENT_ID: 'ups-webhook', UPS_ALERT_CLIENT_SECRET: 'short' }, /UPS_ALERT_CLIENT_SECRET: must be at least 16 characters/],
  ])('should reject the UPS settings %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });
});
