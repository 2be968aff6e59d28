/**
 * What a tracking reply adds when the carrier could not be asked and the answer comes from our stored
 * copy: how old it is ("as of 2 hr ago"), the age said by Intl.RelativeTimeFormat in the customer's
 * language.
 */
import { type Catalogue, intlTag, localized } from '../../locale/index.ts';

export interface CopyAgeTexts {
  /** `ago` is already formatted: "2 hr ago", "2小时前", "hace 2 h". */
  asOf(ago: string): string;
}

export const COPY_AGE_TEXTS: Catalogue<CopyAgeTexts> = Object.freeze({
  en: { asOf: (ago) => `This is as of ${ago}: UPS tracking can't be reached right now, so it comes from our last copy.` },
  zh: { asOf: (ago) => `以上信息截至${ago}：暂时无法连接 UPS 追踪系统，这是我们最近一次保存的记录。` },
  es: { asOf: (ago) => `Estos datos son de ${ago}: ahora no podemos consultar el seguimiento de UPS, así que vienen de nuestra última copia.` },
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "as of …" for a copy last confirmed at `asOf`, seen at `now`: minutes under an hour, hours under two days, then days. */
export function copyAgeNote(asOf: string, now: Date, locale: string): string {
  const ageMs = Math.max(0, now.getTime() - Date.parse(asOf));
  const format = new Intl.RelativeTimeFormat(intlTag(locale), { numeric: 'always', style: 'short' });
  const ago =
    ageMs < HOUR ? format.format(-Math.max(1, Math.round(ageMs / MINUTE)), 'minute') : ageMs < 2 * DAY ? format.format(-Math.round(ageMs / HOUR), 'hour') : format.format(-Math.round(ageMs / DAY), 'day');
  return localized(COPY_AGE_TEXTS, locale).asOf(ago);
}
