import * as chrono from 'chrono-node';
import { describe, expect, test } from 'vitest';
import { INTENTS } from '../../intents/index.ts';
import { EN_CHRONO_DATE_CUE } from '../../src/nlu/locales/en/constants.ts';
import { ES_CHRONO_DATE_CUE } from '../../src/nlu/locales/es/constants.ts';
import { ZH_CHRONO_DATE_CUE } from '../../src/nlu/locales/zh/constants.ts';
import { normalizeText } from '../../src/nlu/text/normalizeText.ts';
import { loadDevSets } from '../../src/nlu/dev/devSets.ts';
import { NOW } from './helpers.ts';

/** Words near chrono's triggers that must still reach it, and ordinary chat that need not. */
const EN_EXTRA = [
  'it lasts forever', 'lastweek', 'in a couple of days', 'the 1st of march', 'three weeks ago', 'this weekend',
  'noon', 'last night', 'tmrw', 'sept 3', 'Thurs.', 'a fortnight ago', 'half an hour later', "what's up", "I'm here",
  'march15', 'dec.25th', '5days ago', 'a couple of weeks ago', 'end of the month', 'nextmonth', 'after this week', 'today\'s',
  'see you at 10am', '2025-03-15T10:00', 'T10:30', '3/5', 'ÉtéMay 3',
];
const ES_EXTRA = [
  'hace una semana', 'dentro de dos días', 'el primero de marzo', 'anoche', 'esta tarde', 'el miércoles', 'el sábado pasado',
  'a mediodía', 'en unos días', 'el 3 de mayo', 'ahorita', 'pasado mañana', 'hoy no', 'qué tal',
  'señhoy', 'dentro de un año', 'en dos semanas', 'el miércoles 5', 'demi-hora',
];
const ZH_EXTRA = ['三天前', '两个星期前', '大前天', '前天晚上', '下周一', '上个月', '三点半', '半小时内', '星期天', '礼拜三', '今早', '凌晨'];

/**
 * The date cue lets messages skip chrono-node. It is only right if chrono finds nothing wherever
 * the cue says no: checked on every team-written message and example we have.
 */
describe('chrono date cue', () => {
  const sets = loadDevSets();
  const en = [...sets[0]!.cases, ...sets[2]!.cases].map((c) => c.text).concat(INTENTS.flatMap((d) => [...d.examples.en, ...d.examples.es]), EN_EXTRA);
  const es = sets[2]!.cases.map((c) => c.text).concat(INTENTS.flatMap((d) => d.examples.es), ES_EXTRA);
  const zh = sets[1]!.cases.map((c) => c.text).concat(INTENTS.flatMap((d) => d.examples.zh), ZH_EXTRA);
  test.each([
    ['en', en, EN_CHRONO_DATE_CUE, chrono.en.casual],
    ['zh', zh, ZH_CHRONO_DATE_CUE, chrono.zh.hans.casual],
    ['es', es, ES_CHRONO_DATE_CUE, chrono.es.casual],
  ] as const)('should be present in every %s message where chrono finds something', (_lang, texts, cue, parser) => {
    const missed = texts
      .map((t) => normalizeText(t).text)
      .filter((t) => !cue.test(t) && parser.parse(t, { instant: NOW, timezone: 0 }).length > 0);
    expect(missed).toEqual([]);
  });

  test('should let ordinary chat skip chrono', () => {
    expect(EN_CHRONO_DATE_CUE.test('where is my package going to Berlin')).toBe(false);
    expect(ZH_CHRONO_DATE_CUE.test('我的包裹到哪了')).toBe(false);
    expect(ES_CHRONO_DATE_CUE.test('¿dónde está mi paquete a Lima?')).toBe(false);
  });

  // Words that only begin like a month or weekday, units that count nothing and digits inside codes
  // skip chrono; counted units, fused relative units, numbers and chrono's ASCII word pieces reach it.
  test.each([
    ['en', 'my payment was declined', false],
    ['en', 'where is the parcel I sent to my friend in Brussels', false],
    ['en', 'what are your customer service hours', false],
    ['en', 'can you check 1Z999AA10123456784 for me', false],
    ['en', 'my account number is A1B2C3', false],
    ['en', "I'm satisfied with the market", false],
    ['en', 'sent to Novi Marof', false],
    ['es', 'quiero saber dónde está mi paquete', false],
    ['es', 'seguimiento de mi pedido de la semana', false],
    ['es', 'dice entregado pero no recibí nada', false],
    ['en', 'two hours ago', true],
    ['en', 'lastweek', true],
    ['en', 'march15', true],
    ['en', 'invoice #12588', false],
    ['en', '12345 days ago', true],
    ['en', 'shipped in 2025', true],
    ['es', 'hace dos semanas', false],
    ['es', 'dentro de dos semanas', true],
    ['es', 'en 3 días', true],
    ['es', 'señhoy', true],
  ] as const)('should read %s %j as %s', (lang, text, expected) => {
    expect((lang === 'en' ? EN_CHRONO_DATE_CUE : ES_CHRONO_DATE_CUE).test(text)).toBe(expected);
  });
});
