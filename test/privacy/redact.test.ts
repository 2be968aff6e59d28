import { describe, expect, test } from 'vitest';
import { Redactor } from '../../src/privacy/redact.ts';

describe('redaction', () => {
  test.each([
    ['an e-mail', 'write to ana.ruiz@mail.es please', 'write to email1@example.com please'],
    ['a phone number', 'call me on +44 20 7946 0958', 'call me on +1 555-010-0001'],
    ['a card number (Luhn)', 'my card is 4242 4242 4242 4242', 'my card is 4000 0000 0000 0010'],
    ['an English street address', 'deliver to 221 Baker Street tomorrow', 'deliver to 1 Example Street tomorrow'],
    ['a Spanish street address', 'envíalo a Calle Mayor 12', 'envíalo a 1 Example Street'],
    ['a Chinese street address', '请寄到：南京东路100号', '请寄到：1 Example Street'],
    ['a name given by the customer', 'hi, my name is Ana Ruiz', 'hi, my name is Alex Doe'],
    ['a Chinese name given by the customer', '我叫王芳', '我叫Alex Doe'],
    ['a name after a cue in any case', 'MY NAME IS Ana Ruiz', 'MY NAME IS Alex Doe'],
    ['ordinary words after a cue (kept)', 'I am stuck, this is unacceptable, soy cliente', 'I am stuck, this is unacceptable, soy cliente'],
    ['tracking numbers (kept)', 'where is 1Z5W8A3K0800001010?', 'where is 1Z5W8A3K0800001010?'],
    ['dates and times (kept)', 'shipped 2026-03-19, 16:22', 'shipped 2026-03-19, 16:22'],
    ['a long number that is not a card (kept as a phone)', 'ref 1234 5678 9012 3456', 'ref 1234 5678 9012 3456'],
  ])('should redact %s', (_what, input, expected) => {
    expect(new Redactor().text(input)).toBe(expected);
  });

  test('should redact known names and replace each value by the same placeholder everywhere', () => {
    const r = new Redactor({ names: ['Alice Martin'], emails: ['alice@example.cn'] });
    expect(r.text('Alice Martin (alice@example.cn) and Alice again')).toBe('Alex Doe (email1@example.com) and Sam Roe again');
    expect(r.text('mail alice@example.cn, ask for Alice Martin')).toBe('mail email1@example.com, ask for Alex Doe');
  });
});
