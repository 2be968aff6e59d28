import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

const PRODUCTION = { NODE_ENV: 'production', DIRECTLINE_SECRET: 'a-secret-of-16-chars-or-more' } as const;

describe('metrics settings', () => {
  test.each([
    ['development, neither set: open on the main port', {}, { token: undefined, port: undefined }],
    ['production with a token', { ...PRODUCTION, METRICS_TOKEN: 'metrics-token-of-16-chars' }, { token: 'metrics-token-of-16-chars', port: undefined }],
    ['production with a port', { ...PRODUCTION, METRICS_PORT: '9464' }, { token: undefined, port: 9464 }],
    ['production with both', { ...PRODUCTION, METRICS_TOKEN: 'metrics-token-of-16-chars', METRICS_PORT: '9464' }, { token: 'metrics-token-of-16-chars', port: 9464 }],
  ])('should accept %s', (_case, env, metrics) => {
    expect(loadConfig(env).metrics).toEqual(metrics);
  });

  test.each([
    ['production with neither', PRODUCTION, /METRICS_TOKEN or METRICS_PORT: one is required when NODE_ENV=production/],
    ['a short token', { METRICS_TOKEN: 'short' }, /METRICS_TOKEN: must be at least 16 characters/],
    ['a port out of range', { METRICS_PORT: '70000' }, /METRICS_PORT/],
    ['the main port', { PORT: '8080', METRICS_PORT: '8080' }, /METRICS_PORT: must differ from PORT/],
  ])('should refuse %s, naming the variable', (_case, env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
