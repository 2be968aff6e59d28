import { describe, expect, test } from 'vitest';
import { noticesFor } from '../../src/escalation/handoffNotices.ts';

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
