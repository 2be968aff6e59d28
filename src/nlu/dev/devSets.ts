import { EN_DEV, EN_TIME_ZONE } from './en.dev.ts';
import { ES_DEV, ES_TIME_ZONE } from './es.dev.ts';
import { ZH_DEV, ZH_TIME_ZONE } from './zh.dev.ts';
import { DEV_NOW, parseDevSet, type DevCase } from './devFormat.ts';
import { EN_ROLES_DEV } from './en.roles.dev.ts';
import { EN_ROLES_HELD_OUT } from './en.roles.heldout.ts';
import { ES_ROLES_DEV } from './es.roles.dev.ts';
import { ES_ROLES_HELD_OUT } from './es.roles.heldout.ts';
import { ZH_ROLES_DEV } from './zh.roles.dev.ts';
import { ZH_ROLES_HELD_OUT } from './zh.roles.heldout.ts';

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

/** A language's role sets (issue 15): `tuned` was tuned on, `heldOut` never; every role field is labelled. */
export interface RoleSet {
  language: 'en' | 'zh' | 'es';
  timeZone: string;
  now: Date;
  tuned: DevCase[];
  heldOut: DevCase[];
}

/** The team-written role sets, parsed. Used by the role test and by the bench. */
export function loadRoleSets(): RoleSet[] {
  return [
    { language: 'en', timeZone: EN_TIME_ZONE, now: DEV_NOW, tuned: parseDevSet(EN_ROLES_DEV), heldOut: parseDevSet(EN_ROLES_HELD_OUT) },
    { language: 'zh', timeZone: ZH_TIME_ZONE, now: DEV_NOW, tuned: parseDevSet(ZH_ROLES_DEV), heldOut: parseDevSet(ZH_ROLES_HELD_OUT) },
    { language: 'es', timeZone: ES_TIME_ZONE, now: DEV_NOW, tuned: parseDevSet(ES_ROLES_DEV), heldOut: parseDevSet(ES_ROLES_HELD_OUT) },
  ];
}
