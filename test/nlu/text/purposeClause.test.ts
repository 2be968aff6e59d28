/**
 * A purpose clause says why, not what is asked: the classifier reads the request before it, in every
 * language, so a combined request ("add my colleague … so she can pay invoices") is the same request
 * as without the clause, never a billing question.
 */
import { describe, expect, test } from 'vitest';
import { Parser } from '../../../src/nlu/Parser.ts';
import { PurposeClause } from '../../../src/nlu/text/purposeClause.ts';

const ctx = { now: new Date('2026-03-20T09:00:00Z'), timeZone: 'UTC' };
const parser = new Parser();

describe('a request with a purpose clause', () => {
  test.each([
    ['en', 'can you add my colleague dana@example.com to our account?', 'can you add my colleague dana@example.com to our account so she can pay invoices?'],
    ['en', 'please give ana@example.com the Pay role', 'please give ana@example.com the Pay role so she can pay our invoices'],
    ['es', '¿pueden añadir a mi compañera ana@example.com a nuestra cuenta?', '¿pueden añadir a mi compañera ana@example.com a nuestra cuenta para que pueda pagar las facturas?'],
    ['zh', '请把我的同事 ana@example.com 加到我们的账户', '请把我的同事 ana@example.com 加到我们的账户，让她可以付账单'],
  ])('(%s) should be read as the same request as without it: %s', (_lang, plain, withPurpose) => {
    const alone = parser.parse(plain, ctx);
    expect(alone.intent).toBe('account_access');
    expect(parser.parse(withPurpose, ctx).intent).toBe(alone.intent);
  });
});

describe('PurposeClause', () => {
  const en = new PurposeClause(['so she can', 'so that']);
  test.each([
    ['add dana to our account so she can pay invoices', 'add dana to our account '],
    ['no clause here at all', 'no clause here at all'],
    // Too little before the clause to be a request on its own: the whole message.
    ['so that is where it is', 'so that is where it is'],
    ['ok so that works', 'ok so that works'],
  ])('should read %j as the request %j', (text, request) => {
    expect(en.request(text)).toBe(request);
  });
});
