import { describe, expect, test } from 'vitest';
import { noticesFor, standingPattern, type HandoffNotices, type QueueStanding } from '../../src/escalation/handoffNotices.ts';

const standing = { position: 3, waitMinutes: 1 };

describe('noticesFor', () => {
  test.each([
    ['en', 'en', 'You are number 3 in the queue; the wait is about 1 minute.'],
    ['en-GB', 'en', 'number 3'],
    ['zh-CN', 'zh', '您目前排在第 3 位，预计等待约 1 分钟。'],
    ['es-ES', 'es', 'Eres el número 3 de la cola'],
    ['fr', 'en', 'You are number 3 in the queue'],
  ])('should speak to a %s customer in %s', (language, _written, expected) => {
    expect(noticesFor(language).queued('CA-000042', standing)).toContain(expected);
    expect(noticesFor(language).queued('CA-000042', standing)).toContain('CA-000042');
  });

  test.each(['en', 'zh', 'es'])('should have every notice and the same canned replies in %s', (language) => {
    const n = noticesFor(language);
    const texts = [
      n.leadIn.not_understood,
      n.leadIn.policy,
      n.queued('CA-000042', standing),
      n.afterHours('CA-000042', 'Mon 09:00', true),
      n.afterHours('CA-000042', 'Mon 09:00', false),
      n.stillWaiting('CA-000042', standing),
      n.movedUp({ position: 1, waitMinutes: 6 }),
      n.movedUp(standing),
      n.agentJoined('Ana'),
      n.transferred('Ana'),
      n.requeued(standing),
      n.resolved('Ana', 'CA-000042'),
      n.handedBack('Ana'),
    ];
    expect(texts.every((t) => t.trim().length > 0)).toBe(true);
    expect(new Set(texts).size).toBe(texts.length);
    expect(n.afterHours('CA-000042', 'Mon 09:00', true)).toContain('Mon 09:00');
    expect(n.resolved('Ana', 'CA-000042')).toContain('CA-000042');
    expect(n.canned.map((c) => c.id)).toEqual(['greet', 'checking', 'claim', 'customs', 'anything-else', 'closing']);
    if (language !== 'en') expect(n.canned.map((c) => c.text)).not.toEqual(noticesFor('en').canned.map((c) => c.text));
  });
});

describe('standingPattern (exported transcripts: a replay has its own queue)', () => {
  const kinds: [string, (n: HandoffNotices, s: QueueStanding) => string][] = [
    ['queued', (n, s) => n.queued('CA-000001', s)],
    ['still waiting', (n, s) => n.stillWaiting('CA-000001', s)],
    ['back in the queue', (n, s) => n.requeued(s)],
  ];
  const cases = ['en', 'zh', 'es'].flatMap((language) => kinds.map(([kind, say]) => ({ language, kind, say })));

  test.each(cases)('should match the $language "$kind" notice at any place and wait, and no other notice', ({ language, say }) => {
    const n = noticesFor(language);
    const live = say(n, { position: 3, waitMinutes: 12 });
    const pattern = new RegExp(standingPattern(live)!);
    for (const s of [{ position: 1, waitMinutes: 1 }, { position: 1, waitMinutes: 6 }, { position: 14, waitMinutes: 95 }, { position: 3, waitMinutes: 12 }]) {
      expect(say(n, s)).toMatch(pattern);
    }
    // The other notices that say a place, and the same notice in another language, do not match.
    for (const [, other] of kinds) if (other !== say) expect(other(n, { position: 3, waitMinutes: 12 })).not.toMatch(pattern);
    for (const l of ['en', 'zh', 'es']) if (l !== language) expect(say(noticesFor(l), { position: 3, waitMinutes: 12 })).not.toMatch(pattern);
  });

  test.each(['en', 'zh', 'es'])('should keep the ticket number and everything else of a %s notice as it is', (language) => {
    const n = noticesFor(language);
    const pattern = new RegExp(standingPattern(n.queued('CA-000001', { position: 2, waitMinutes: 1 }))!);
    expect(n.queued('CA-000002', { position: 2, waitMinutes: 1 })).not.toMatch(pattern);
    expect(`${n.queued('CA-000001', { position: 2, waitMinutes: 1 })} And more.`).not.toMatch(pattern);
  });

  test.each([
    ['a notice without a place', noticesFor('en').agentJoined('Ana')],
    ['"you are next", which names no place', noticesFor('en').movedUp({ position: 1, waitMinutes: 2 })],
    ['after hours', noticesFor('es').afterHours('CA-000001', 'lun 09:00', false)],
    ['a reply that mentions a queue', 'You are number 3 in the queue for the printer.'],
    ['an empty text', ''],
  ])('should leave %s alone', (_what, text) => {
    expect(standingPattern(text)).toBeNull();
  });
});
