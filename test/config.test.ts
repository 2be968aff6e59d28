import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
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
  ])('should reject %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
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
});
