/** Unit tests: native format parser, readers, diff, redaction, JUnit, export that still replays. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { FixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { generateDataset } from '../../src/demo/index.ts';
import { unifiedDiff } from '../../src/transcripts/diff.ts';
import { exportConversation } from '../../src/transcripts/export.ts';
import { junitXml } from '../../src/transcripts/junit.ts';
import { parseTranscript } from '../../src/transcripts/load.ts';
import { TranscriptSyntaxError } from '../../src/transcripts/model.ts';
import { parseNative } from '../../src/transcripts/nativeFormat.ts';
import { REPLAY_DRIVERS } from '../../adapters/registry.ts';
import { TranscriptReplayer, type TranscriptResult } from '../../src/transcripts/runner.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/transcripts/${name}`, import.meta.url));
const HEADER = 'now: 2026-03-20T09:00:00Z\n---\n';

describe('native format parser', () => {
  test('should read the header defaults, actions and checks with their lines', () => {
    const t = parseNative(
      `${HEADER}bot: hello\n\nuser: hi\n  | there\n  intent: greeting\nbot contains: Hello\n  choices: A | B\n  card: Parcel 1Z\n    subtitle: public\n    - Status: In transit\n    - ...\nuser clicks: A\nbot says nothing\nticket: damage\nevent: handoff.initiate\n`,
      'x.convo.txt',
    );
    expect(t.header).toMatchObject({ timeZone: 'UTC', channel: 'webchat', user: null, fixture: { kind: 'demo', seed: 42, scale: 'small' } });
    expect(t.exchanges.map((e) => e.action)).toEqual([null, { kind: 'say', text: 'hi\nthere' }, { kind: 'click', label: 'A' }]);
    const [intent, reply] = t.exchanges[1]!.expectations;
    expect(intent).toMatchObject({ kind: 'intent', intent: 'greeting', span: { start: 6 } });
    expect(reply).toMatchObject({ kind: 'reply', reply: { kind: 'message', text: { kind: 'contains', text: 'Hello' } }, span: { start: 7, end: 13 } });
    expect(reply?.kind === 'reply' && reply.reply.kind === 'message' && reply.reply.checks.map((c) => c.kind)).toEqual(['choices', 'card']);
    expect(t.exchanges[2]!.expectations.map((e) => e.kind)).toEqual(['nothing', 'ticket', 'reply']);
  });

  test.each([
    ['no header end', 'now: 2026-03-20T09:00:00Z\nuser: hi\n', 1, /---/],
    ['no now', 'user: u-alice\n---\n', 1, /now/],
    ['a bad now', 'now: yesterday\n---\n', 1, /ISO/],
    ['an unknown header key', `now: 2026-03-20T09:00:00Z\ncolour: red\n---\n`, 2, /unknown header key/],
    ['a bad time zone', 'now: 2026-03-20T09:00:00Z\ntime zone: Mars/Olympus\n---\n', 2, /IANA/],
    ['an unknown line', `${HEADER}robot: hi\n`, 3, /not a transcript line/],
    ['a bad card line', `${HEADER}bot: x\n  card: T\n    Status is fine\n`, 5, /card line/],
    ['a bad pattern', `${HEADER}bot matches: /(/\n`, 3, /regular expression/],
    ['bad JSON', `${HEADER}user submits: {nope\n`, 3, /JSON/],
  ])('should reject %s, naming the line', (_what, text, line, message) => {
    let error: unknown;
    try {
      parseNative(text, 'bad.convo.txt');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(TranscriptSyntaxError);
    expect((error as TranscriptSyntaxError).line).toBe(line);
    expect((error as Error).message).toMatch(message);
  });
});

describe('readers', () => {
  test.each([
    ['emulator_sample-conversation.transcript', 3, ['Hello', "I'm doing great, thanks for asking!"], 56],
    ['botbuilder-samples_HotelReservation.transcript', 5, ["Bonjour mon nom est l'état"], 27],
    ['botbuilder-samples_addItemWithButton.transcript', 3, ['show tasks'], 35],
    ['sample.chat', 4, ['yo!', 'I need the bot framework logo.', 'thanks'], 4],
  ])('should read %s as exchanges with the original lines', async (name, exchanges, says, firstReplyLine) => {
    const t = parseTranscript(await readFile(fixture(name), 'utf8'), name);
    expect(t.exchanges).toHaveLength(exchanges);
    const texts = t.exchanges.flatMap((e) => (e.action?.kind === 'say' ? [e.action.text] : []));
    expect(texts.slice(0, says.length)).toEqual(says);
    const welcome = t.exchanges[0]!.expectations[0]!;
    expect(t.originLine!(welcome.span.start)).toBe(firstReplyLine);
  });

  test('should read a card submit and cards by title', async () => {
    const t = parseTranscript(await readFile(fixture('botbuilder-samples_addItemWithButton.transcript'), 'utf8'), 'a.transcript');
    expect(t.exchanges[2]!.action).toEqual({ kind: 'submit', value: { intent: 'Action_AddAction', skillid: 'MSMeeting-Actions', rawtext: 'update spec' } });
    expect(t.lines).toContain('  card: Action items');
  });
});

describe('unified diff', () => {
  test.each([
    ['equal texts', ['a', 'b'], ['a', 'b'], ''],
    ['one changed line', ['a', 'b', 'c'], ['a', 'x', 'c'], '--- f\n+++ g\n@@ -1,3 +1,3 @@\n a\n-b\n+x\n c'],
    ['an added line', ['a'], ['a', 'b'], '--- f\n+++ g\n@@ -1,1 +1,2 @@\n a\n+b'],
    ['a removed line', ['a', 'b'], ['b'], '--- f\n+++ g\n@@ -1,2 +1,1 @@\n-a\n b'],
  ])('should diff %s', (_what, a, b, expected) => {
    expect(unifiedDiff(a, b, 'f', 'g')).toBe(expected);
  });

  test('should split far-apart changes into hunks with their line numbers', () => {
    const a = Array.from({ length: 20 }, (_, i) => `l${i}`);
    const b = a.map((l, i) => (i === 2 || i === 17 ? `${l}!` : l));
    expect(unifiedDiff(a, b, 'f', 'g').match(/^@@.*@@$/gm)).toEqual(['@@ -1,6 +1,6 @@', '@@ -15,6 +15,6 @@']);
  });
});

describe('JUnit XML', () => {
  const result = (file: string, passed: boolean): TranscriptResult => ({
    file,
    channel: 'webchat',
    passed,
    failures: passed ? [] : [{ line: 3, message: 'the bot said "<b>&"' }],
    diff: passed ? '' : '-bot: a\n+bot: <b>&',
    format: 'native',
    durationMs: 12,
  });
  test('should count tests and failures per channel and escape the diff', () => {
    const xml = junitXml([result('transcripts/a/en/x.convo.txt', true), result('transcripts/a/en/y.convo.txt', false)]);
    expect(xml).toContain('<testsuites name="carrier-assist transcripts" tests="2" failures="1"');
    expect(xml).toContain('<testsuite name="webchat" tests="2" failures="1"');
    expect(xml).toContain('<testcase classname="transcripts.a.en" name="transcripts/a/en/x.convo.txt [webchat]" file="transcripts/a/en/x.convo.txt" time="0.012"/>');
    expect(xml).toContain('message="transcripts/a/en/y.convo.txt:3: the bot said &quot;&lt;b&gt;&amp;&quot;"');
    expect(xml).toContain('+bot: &lt;b&gt;&amp;</failure>');
    expect(xml).not.toMatch(/<b>/);
  });
});

describe('export', () => {
  const NOW = '2026-03-20T09:00:00.000Z';
  let replayer: TranscriptReplayer;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const conversationId = 'export-test';

  beforeAll(async () => {
    replayer = TranscriptReplayer.create(REPLAY_DRIVERS);
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent', DEMO_DATA: 'off', DEMO_SCALE: 'small' });
    app = await buildApp({ config, clock: new FixedClock(NOW), logger: pino({ level: 'silent' }) });
    await app.store.importDataset(generateDataset({ seed: 42, now: new Date(NOW), scale: 'small' }));
    const user = { id: 'dl_customer', role: 'user' as const };
    const base = { channelId: 'webchat', from: user, recipient: { id: 'carrier-assist', role: 'bot' as const }, conversation: { id: conversationId } };
    const deliver = async () => undefined;
    await app.pipeline.process({ ...base, type: 'conversationUpdate', id: 'j', membersAdded: [user], timestamp: NOW }, deliver);
    for (const [k, text] of ['hi, my name is Ana Ruiz, ana.ruiz@mail.es', 'where is 1Z5W8A3K0800001010?'].entries()) {
      await app.pipeline.process({ ...base, type: 'message', id: `m${k}`, text, timestamp: NOW }, deliver);
    }
  });
  afterAll(async () => {
    await app?.close();
    await replayer?.close();
  });

  test.each([
    ['native', 'x.convo.txt'],
    ['transcript', 'x.transcript'],
  ] as const)('should export %s redacted, and the export should replay as it is', async (format, file) => {
    const { text, redacted } = await exportConversation(app.store, app.config, conversationId, { format, redact: true });
    expect(text).not.toContain('Ana Ruiz');
    expect(text).not.toContain('ana.ruiz@mail.es');
    expect(text).toContain('email1@example.com');
    expect(text).toContain('1Z5W8A3K0800001010');
    expect(text).toContain("Hi, I'm Carrier Assist.");
    expect(redacted).toMatchObject({ email: expect.any(Number), name: expect.any(Number) });
    const result = await replayer.runText(text, file);
    expect(result.failures).toEqual([]);
    expect(result.passed).toBe(true);
  });

  test('should export what an agent did as agent lines, and the export should replay as it is', async () => {
    const id = 'export-handoff';
    const user = { id: 'dl_handoff', role: 'user' as const };
    const base = { channelId: 'webchat', from: user, recipient: { id: 'carrier-assist', role: 'bot' as const }, conversation: { id } };
    // A second passes between steps, as it would live (tickets and turns are ordered by time in exports).
    const clock = app.clock as FixedClock;
    const say = (k: number, text: string) => {
      clock.advance(1000);
      return app.pipeline.process({ ...base, type: 'message', id: `${id}-${k}`, text, timestamp: clock.now().toISOString() }, async () => undefined);
    };
    await app.pipeline.process({ ...base, type: 'conversationUpdate', id: `${id}-j`, membersAdded: [user], timestamp: NOW }, async () => undefined);
    await say(0, 'I want to talk to a person');
    const nora = await app.store.agents.create({ id: 'agent-nora', username: 'nora', displayName: 'Nora', role: 'agent', queues: ['support'], passwordHash: 'x' }, NOW);
    const handoff = (await app.store.handoffs.latestForConversation(id))!;
    clock.advance(1000);
    await app.desk.claim(handoff.id, nora);
    await app.desk.reply(handoff.id, nora, 'Hello, this is Nora. What can I do for you?');
    await say(1, 'my parcel to Toronto is late');
    await app.desk.note(handoff.id, nora, 'Customer is not signed in');
    await app.desk.reply(handoff.id, nora, 'Please sign in so I can see it.');
    await app.desk.resolve(handoff.id, nora, 'asked to sign in');
    await say(2, 'hello');

    const { text } = await exportConversation(app.store, app.config, id, { format: 'native', redact: true });
    clock.advance(-4000);
    expect(text).toMatch(/^agent: Nora$/m);
    expect(text).toContain('agent: Hello, this is Nora. What can I do for you?\nbot: Nora from customer service has joined the conversation.\nbot: Hello, this is Nora.');
    expect(text).toContain('agent notes: Customer is not signed in');
    expect(text).toContain('agent resolves: asked to sign in\nbot: Nora has closed this conversation');
    const result = await replayer.runText(text, 'handoff.convo.txt');
    expect(result.failures).toEqual([]);
    expect(result.passed).toBe(true);
  });

  test('should export a transfer, a release and a claim by another agent as agent lines that replay', async () => {
    // Its own app: no handoff of the other tests is in its queue.
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent', DEMO_DATA: 'off', DEMO_SCALE: 'small' });
    const app = await buildApp({ config, clock: new FixedClock(NOW), logger: pino({ level: 'silent' }) });
    await app.store.importDataset(generateDataset({ seed: 42, now: new Date(NOW), scale: 'small' }));
    const id = 'export-transfer';
    const user = { id: 'dl_transfer', role: 'user' as const };
    const base = { channelId: 'webchat', from: user, recipient: { id: 'carrier-assist', role: 'bot' as const }, conversation: { id } };
    const clock = app.clock as FixedClock;
    await app.pipeline.process({ ...base, type: 'conversationUpdate', id: `${id}-j`, membersAdded: [user], timestamp: NOW }, async () => undefined);
    clock.advance(1000);
    await app.pipeline.process({ ...base, type: 'message', id: `${id}-0`, text: 'a person please', timestamp: clock.now().toISOString() }, async () => undefined);
    const [ana, bo] = await Promise.all(
      ['Ana', 'Bo'].map((n) => app.store.agents.create({ id: `agent-x-${n}`, username: `x-${n.toLowerCase()}`, displayName: n, role: 'agent', queues: ['support'], passwordHash: 'x' }, NOW)),
    );
    const handoff = (await app.store.handoffs.latestForConversation(id))!;
    await app.desk.claim(handoff.id, ana!);
    await app.desk.reply(handoff.id, ana!, 'Passing you to Bo.');
    await app.desk.transfer(handoff.id, ana!, bo!.id);
    await app.desk.reply(handoff.id, bo!, 'Bo here.');
    await app.desk.release(handoff.id, bo!);
    await app.desk.claim(handoff.id, bo!);
    await app.desk.reply(handoff.id, bo!, 'Back again.');
    // Released again, and this time Ana takes it from the queue.
    await app.desk.release(handoff.id, bo!);
    await app.desk.claim(handoff.id, ana!);
    await app.desk.reply(handoff.id, ana!, 'Ana again, I have it now.');
    await app.desk.note(handoff.id, ana!, 'took it back from the queue');
    const { text } = await exportConversation(app.store, app.config, id, { format: 'native', redact: true });
    const bf = await exportConversation(app.store, app.config, id, { format: 'transcript', redact: true });
    await app.close();
    expect(text).toMatch(/^agent transfers to: Bo\nbot: Your conversation has been passed to Bo/m);
    // Back in the queue as number 1 here; the replay's own place and wait match the pattern too.
    expect(text).toMatch(/^agent releases\nbot matches: \/\^Your agent had to step away, so you're back in the queue as number \\d\+/m);
    expect(text).toMatch(/^agent claims: Ana\nbot: Ana from customer service has joined the conversation\.\n\nagent: Ana again, I have it now\.\nbot: Ana again/m);
    expect(text).toContain('agent notes: took it back from the queue');
    expect((await replayer.runText(text, 'transfer.convo.txt')).failures).toEqual([]);
    expect((await replayer.runText(bf.text, 'transfer.transcript')).failures).toEqual([]);
  });

  test('should export a place in a busy queue as a pattern the replay (alone in its queue) matches', async () => {
    const clock = app.clock as FixedClock;
    const ask = async (id: string, text: string) => {
      const user = { id: `dl_${id}`, role: 'user' as const };
      const base = { channelId: 'webchat', from: user, recipient: { id: 'carrier-assist', role: 'bot' as const }, conversation: { id } };
      await app.pipeline.process({ ...base, type: 'conversationUpdate', id: `${id}-j`, membersAdded: [user], timestamp: clock.now().toISOString() }, async () => undefined);
      clock.advance(1000);
      await app.pipeline.process({ ...base, type: 'message', id: `${id}-0`, text, timestamp: clock.now().toISOString() }, async () => undefined);
    };
    // Two customers wait already: this one is third.
    await ask('busy-1', 'I want to talk to a person');
    await ask('busy-2', 'I want to talk to a person');
    await ask('busy-3', 'I want to talk to a person');
    const { text } = await exportConversation(app.store, app.config, 'busy-3', { format: 'native', redact: true });
    const bf = await exportConversation(app.store, app.config, 'busy-3', { format: 'transcript', redact: true });
    expect(bf.text).toContain('You are number 3 in the queue');
    expect(text).not.toContain('You are number 3 in the queue');
    expect(text).toMatch(/^bot matches: \/\^I've passed this to our customer service team: your ticket number is CA-000001\\\. .* You are number \\d\+ in the queue; the wait is about \(\?:1 minute\|\\d\+ minutes\)\\\.\$\/$/m);
    expect((await replayer.runText(text, 'busy.convo.txt')).failures).toEqual([]);
    expect((await replayer.runText(bf.text, 'busy.transcript')).failures).toEqual([]);
  });
});
