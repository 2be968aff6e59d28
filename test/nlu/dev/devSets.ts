import { EN_DEV, EN_TIME_ZONE } from './en.dev.ts';
import { ES_DEV, ES_TIME_ZONE } from './es.dev.ts';
import { ZH_DEV, ZH_TIME_ZONE } from './zh.dev.ts';
import { DEV_NOW, parseDevSet, type DevCase } from './devFormat.ts';

export interface DevSet {
  language: 'en' | 'zh' | 'es';
  timeZone: string;
  now: Date;
  cases: DevCase[];
}

/** The three team-written dev sets, parsed. Used by the dev-set test and by the bench. */
export function loadDevSets(): DevSet[] {
  return [
    { language: 'en', timeZone: EN_TIME_ZONE, now: DEV_NOW, cases: parseDevSet(EN_DEV) },
    { language: 'zh', timeZone: ZH_TIME_ZONE, now: DEV_NOW, cases: parseDevSet(ZH_DEV) },
    { language: 'es', timeZone: ES_TIME_ZONE, now: DEV_NOW, cases: parseDevSet(ES_DEV) },
  ];
}
