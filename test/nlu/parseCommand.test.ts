import { PassThrough, Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { createParser } from '../../src/nlu/index.ts';
import { runParseCommand } from '../../src/nlu/parseCommand.ts';
import type { NluParser } from '../../src/nlu/types.ts';

async function run(args: string[], stdinText = '', parser?: NluParser): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await runParseCommand(args, { stdin: Readable.from([stdinText]), stdout, stderr }, parser);
  return { code, out, err };
}

const KEYS = ['intent', 'confidence', 'language', 'trackingNumbers', 'invalidTrackingNumbers', 'accountNumber', 'dateRange', 'origin', 'destination'];

describe('parse command', () => {
  test('should print one JSON object with the contract fields', async () => {
    const { code, out } = await run(['--now', '2025-03-20T10:00:00Z', '--tz', 'Asia/Shanghai', '我要查2025年3月15日从上海寄往纽约的包裹']);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const p = JSON.parse(lines[0]!);
    for (const k of KEYS) expect(p).toHaveProperty(k);
    expect(p).toMatchObject({
      intent: 'track_shipment',
      language: 'zh',
      dateRange: { from: '2025-03-15', to: '2025-03-15' },
      origin: { name: 'Shanghai', country: 'CN' },
      destination: { name: 'New York', country: 'US' },
    });
    expect(p.explain).toBeUndefined();
  });

  test('should explain which extractor decided each field with --explain', async () => {
    const { out } = await run(['--now', '2025-03-20T10:00:00Z', '--explain', 'wheres my pakage from new yrok to londn']);
    const p = JSON.parse(out);
    expect(p.explain.fields.origin[0].source).toContain('fuzzy');
    expect(p.explain.fields.destination[0].roleSource).toContain('to');
    expect(p.explain.intent.nearestExample).toEqual(expect.any(String));
  });

  test('should answer JSON lines in order, with an error object for a bad line', async () => {
    const input = [
      JSON.stringify({ text: 'where is 1Z999AA10123456784', now: '2025-03-20T10:00:00Z', tz: 'UTC' }),
      'this is not json',
      JSON.stringify({ text: 42 }),
      JSON.stringify({ text: 'shipped yesterday to Paris', now: '2025-03-20T10:00:00Z', tz: 'Pacific/Kiritimati' }),
      JSON.stringify({ text: 'hi', tz: 'Not/AZone' }),
      JSON.stringify(['array']),
    ].join('\n');
    const { code, out } = await run(['--jsonl'], `${input}\n`);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[0].trackingNumbers).toEqual(['1Z999AA10123456784']);
    expect(lines[1]).toMatchObject({ error: expect.stringContaining('not JSON'), line: 2 });
    expect(lines[2]).toMatchObject({ error: expect.stringContaining('text'), line: 3 });
    expect(lines[3].dateRange).toEqual({ from: '2025-03-20', to: '2025-03-20' });
    expect(lines[4]).toMatchObject({ error: expect.stringContaining('tz'), line: 5 });
    expect(lines[5]).toMatchObject({ error: expect.any(String), line: 6 });
  });

  test('should answer a blank line with an error line of its own, keeping one result per input line', async () => {
    const hi = JSON.stringify({ text: 'hi', now: '2025-03-20T10:00:00Z' });
    const { code, out } = await run(['--jsonl'], `${hi}\n\n   \n${hi}\n`);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].intent).toBe('greeting');
    expect(lines[1]).toEqual({ error: 'blank line: no JSON object', line: 2 });
    expect(lines[2]).toEqual({ error: 'blank line: no JSON object', line: 3 });
    expect(lines[3].intent).toBe('greeting');
  });

  test('should answer every other line of a batch when the parser fails on one message', async () => {
    const real = createParser();
    const boom = (text: string) => {
      if (text === 'boom') throw new Error('parser bug');
    };
    const parser: NluParser = {
      parse: (text, ctx) => (boom(text), real.parse(text, ctx)),
      parseMany: (messages) => (messages.forEach((m) => boom(m.text)), real.parseMany(messages)),
      parseAsync: (text, ctx) => real.parseAsync(text, ctx),
    };
    const input = ['where is my parcel', 'boom', '我的包裹在哪'].map((text) => JSON.stringify({ text, now: '2025-03-20T10:00:00Z' })).join('\n');
    const { code, out } = await run(['--jsonl'], `${input}\n`, parser);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].intent).toBe('track_shipment');
    expect(lines[1]).toEqual({ error: 'internal error: parser bug', line: 2 });
    expect(lines[2].language).toBe('zh');
  });

  test.each([
    [['--now', 'yesterday', 'hi']],
    [['--tz', 'Nowhere/Land', 'hi']],
    [[]],
    [['--bogus']],
  ])('should exit 2 with a usage message for %j', async (args) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toContain('usage');
  });
});
