/** What the assistant says of the parcels to a street (streetNames.ts), per locale. */
import type { Catalogue } from '../../locale/index.ts';

export interface StreetTexts {
  /** No parcel of the account goes to the street. */
  noneGoThere(street: string, account: string): string;
  /** `count` parcels go there, none held. */
  noneHeld(count: number, street: string, account: string): string;
  /** `held` of `count` parcels there are held; the list follows. */
  someHeld(held: number, count: number, street: string, account: string): string;
  /** One held parcel's line: its number, where it is held and why ("held in customs", "exception"). */
  heldLine(trackingNumber: string, customs: boolean): string;
}

export const STREET_TEXTS: Catalogue<StreetTexts> = Object.freeze({
  en: {
    noneGoThere: (street, account) => `No parcel on account ${account} goes to ${street}, so none there is held.`,
    noneHeld: (n, street, account) => `None of the ${n} parcel${n === 1 ? '' : 's'} to ${street} on account ${account} ${n === 1 ? 'is' : 'are'} held.`,
    someHeld: (k, n, street, account) => `${k} of the ${n} parcel${n === 1 ? '' : 's'} to ${street} on account ${account} ${k === 1 ? 'is' : 'are'} held:`,
    heldLine: (p, customs) => `• ${p}: ${customs ? 'held in customs' : 'held with an exception'}`,
  },
  zh: {
    noneGoThere: (street, account) => `账户 ${account} 没有寄往 ${street} 的包裹，所以那里没有被扣的包裹。`,
    noneHeld: (n, street, account) => `账户 ${account} 寄往 ${street} 的 ${n} 个包裹都没有被扣。`,
    someHeld: (k, n, street, account) => `账户 ${account} 寄往 ${street} 的 ${n} 个包裹中，有 ${k} 个被扣：`,
    heldLine: (p, customs) => `• ${p}：${customs ? '被海关扣留' : '异常，暂被扣留'}`,
  },
  es: {
    noneGoThere: (street, account) => `Ningún paquete de la cuenta ${account} va a ${street}, así que no hay ninguno retenido allí.`,
    noneHeld: (n, street, account) => `${n === 1 ? 'El único paquete' : `Ninguno de los ${n} paquetes`} a ${street} de la cuenta ${account} ${n === 1 ? 'no está retenido' : 'está retenido'}.`,
    someHeld: (k, n, street, account) => `${k} de los ${n} paquetes a ${street} de la cuenta ${account} ${k === 1 ? 'está retenido' : 'están retenidos'}:`,
    heldLine: (p, customs) => `• ${p}: ${customs ? 'retenido en aduana' : 'retenido por una incidencia'}`,
  },
});
