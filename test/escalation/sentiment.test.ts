import { describe, expect, test } from 'vitest';
import { sentimentOf } from '../../src/escalation/sentiment.ts';

describe('sentimentOf', () => {
  test.each([
    ['nothing said', [], 'neutral'],
    ['a plain question', ['where is my parcel 1Z5W8A3K6500001065?'], 'neutral'],
    ['a complaint in English', ['This is unacceptable, I want to complain'], 'negative'],
    ['a complaint in Chinese', ['我要投诉，太差了'], 'negative'],
    ['a complaint in Spanish', ['Quiero poner una queja, es inaceptable'], 'negative'],
    ['thanks', ['Thanks, that is perfect'], 'positive'],
    ['thanks in Chinese', ['谢谢，太好了'], 'positive'],
    ['gracias', ['¡Genial, gracias!'], 'positive'],
    ['annoyance with shouting and punctuation', ['WHERE IS IT?? still nothing'], 'negative'],
  ])('should read %s as %s', (_what, texts, label) => {
    expect(sentimentOf(texts).label).toBe(label);
  });

  test('should say what it is based on', () => {
    const s = sentimentOf(['WHERE IS MY PARCEL?? This is ridiculous']);
    expect(s.cues).toEqual(expect.arrayContaining(['ridiculous', '!!', 'CAPITALS']));
    expect(s.score).toBeLessThanOrEqual(-0.25);
    expect(s.score).toBeGreaterThanOrEqual(-1);
  });

  test('should not take a tracking number for shouting', () => {
    expect(sentimentOf(['1Z5W8A3K6500001065 and 1ZABCDEF']).cues).not.toContain('CAPITALS');
    expect(sentimentOf(['PLEASE check']).cues).toContain('CAPITALS');
  });

  test('should weigh the newest message most', () => {
    const calmedDown = sentimentOf(['this is terrible', 'ok thanks, great, that is perfect']);
    const gotAngry = sentimentOf(['ok thanks, great, that is perfect', 'this is terrible']);
    expect(calmedDown.score).toBeGreaterThan(gotAngry.score);
    expect(gotAngry.score).toBeLessThan(0);
    expect(calmedDown.score).toBeGreaterThan(0);
  });

  test('should only look at the last six messages and stay within -1 … 1', () => {
    const angry = Array.from({ length: 10 }, () => 'terrible, useless, worst, unacceptable!!');
    expect(sentimentOf(angry).score).toBe(-1);
    expect(sentimentOf([...angry.slice(0, 4), ...Array.from({ length: 6 }, () => 'thank you')]).label).toBe('positive');
  });
});
