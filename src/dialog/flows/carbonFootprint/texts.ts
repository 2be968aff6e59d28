import type { Catalogue } from '../../../locale/index.ts';

/** The carbon footprint answer per locale; numbers and places come formatted. */
export interface CarbonTexts {
  summary(account: string, from: string, to: string, shipments: number, kg: string, perParcel: string): string;
  nothing(account: string, from: string, to: string): string;
  topTitle: string;
  laneLine(rank: number, route: string, kg: string, shipments: number, share: string): string;
  ground(route: string, airShipments: number, airKg: string, savingKg: string, discount: string): string;
  consolidate(route: string, shipments: number, averageKg: string): string;
  packaging: string;
  /** The parcels counted, when the customer named where they went or came from: "from Shanghai, China to Seattle, United States". */
  lane(from: string | null, to: string | null): string;
  /** "Only the parcels …" line for a lane. */
  onlyLane(lane: string): string;
  /** One parcel's footprint (asked by its tracking number). */
  parcel(trackingNumber: string, route: string, shipDate: string, service: string, weightKg: string, kg: string): string;
  /** How a footprint is worked out, said before the figures when the customer asks how. */
  method: string;
  /** A tracking number that is not on the account. */
  notOnAccount(trackingNumber: string, account: string): string;
  /** The total of the parcels an earlier part of the message found ("… and how much co2 did those make"). */
  thoseTotal(shipments: number, kg: string, perParcel: string): string;
  /** That earlier part found no parcels: nothing to add up. */
  noneOfThose: string;
  /** A comparison of two periods or lanes: its title, one line per side, which side is higher and by how much. */
  comparedTitle: string;
  comparedLabel(from: string, to: string, lane: string | null): string;
  comparedLine(rank: number, label: string, shipments: number, kg: string): string;
  higher(rank: number, differenceKg: string, howMuch: string | null): string;
  timesAsMuch(ratio: string): string;
  percentMore(percent: number): string;
  sameFigures: string;
}

export const CARBON_TEXTS: Catalogue<CarbonTexts> = Object.freeze({
  en: {
    lane: (from, to) => [from && `from ${from}`, to && `to ${to}`].filter(Boolean).join(' '),
    onlyLane: (lane) => `Only the parcels ${lane} are counted.`,
    parcel: (tn, route, date, service, weight, kg) => `${tn} (${route}, sent ${date}, ${service}, ${weight} kg) emitted ${kg} kg CO2e.`,
    notOnAccount: (tn, account) => `I can't find ${tn} on account ${account}.`,
    thoseTotal: (n, kg, per) => `Together those ${n} parcels emitted ${kg} kg CO2e (${per} kg per parcel on average).`,
    noneOfThose: 'No parcel fits that, so there is no CO2 to add up for them.',
    comparedTitle: 'Compared:',
    comparedLabel: (from, to, lane) => `${from} to ${to}${lane ? `, parcels ${lane}` : ''}`,
    comparedLine: (rank, label, n, kg) => `${rank}. ${label}: ${n} ${n === 1 ? 'parcel' : 'parcels'}, ${kg} kg CO2e`,
    higher: (rank, diff, how) => `The ${rank === 1 ? 'first' : 'second'} is higher: ${diff} kg CO2e more${how ? ` (${how})` : ''}.`,
    timesAsMuch: (ratio) => `${ratio} times as much`,
    percentMore: (p) => `${p}% more`,
    sameFigures: 'Both emitted the same.',
    method:
      "Each parcel's footprint is its weight × the distance it travels × an emission factor for how it travels (air or ground), in kg CO2e: fuel burned plus the fuel's production, with the default factors of the GLEC Framework (aligned with ISO 14083). Flights add the extra distance of air routes, trucks the detours of roads.",
    summary: (account, from, to, n, kg, per) =>
      `From ${from} to ${to}, account ${account} shipped ${n} ${n === 1 ? 'parcel' : 'parcels'} that emitted ${kg} kg CO2e in all (${per} kg per parcel on average).`,
    nothing: (account, from, to) => `Account ${account} shipped no parcels from ${from} to ${to}, so there are no emissions to report for that period.`,
    topTitle: 'The largest contributors:',
    laneLine: (rank, route, kg, n, share) => `${rank}. ${route}: ${kg} kg CO2e, ${n} ${n === 1 ? 'parcel' : 'parcels'} (${share}%)`,
    ground: (route, n, airKg, saving, discount) =>
      `Suggestion: ${n} ${n === 1 ? 'parcel' : 'parcels'} on ${route} went by air (${airKg} kg CO2e). Ground service covers that lane and would have emitted about ${saving} kg less — and every tonne you cut lowers your freight by ${discount}%.`,
    consolidate: (route, n, avg) =>
      `Suggestion: ${n} small parcels (${avg} kg on average) went separately on ${route}. Consolidating them into fewer, fuller shipments cuts emissions and packaging.`,
    packaging: 'Suggestion: switching to lighter, eco-friendly packaging lowers the weight you ship, and with it your emissions.',
  },
  zh: {
    lane: (from, to) => `${from ? `从${from}` : ''}${to ? `寄往${to}` : ''}`,
    onlyLane: (lane) => `仅统计${lane}的包裹。`,
    parcel: (tn, route, date, service, weight, kg) => `${tn}（${route}，${date}寄出，${service}，${weight} 千克）的碳排放为 ${kg} 千克 CO2e。`,
    notOnAccount: (tn, account) => `在账户 ${account} 中找不到 ${tn}。`,
    thoseTotal: (n, kg, per) => `这 ${n} 个包裹的碳排放合计 ${kg} 千克 CO2e（平均每个包裹 ${per} 千克）。`,
    noneOfThose: '没有符合条件的包裹，所以没有可以合计的碳排放。',
    comparedTitle: '对比：',
    comparedLabel: (from, to, lane) => `${from}至${to}${lane ? `，${lane}的包裹` : ''}`,
    comparedLine: (rank, label, n, kg) => `${rank}. ${label}：${n} 个包裹，${kg} 千克 CO2e`,
    higher: (rank, diff, how) => `${rank === 1 ? '第一项' : '第二项'}更高：多 ${diff} 千克 CO2e${how ? `（${how}）` : ''}。`,
    timesAsMuch: (ratio) => `是另一项的 ${ratio} 倍`,
    percentMore: (p) => `多 ${p}%`,
    sameFigures: '两者的碳排放相同。',
    method: '每个包裹的碳排放 = 重量 × 运输距离 × 该运输方式（空运或陆运）的排放系数，单位为千克 CO2e：包括燃油燃烧以及燃油生产的排放，采用 GLEC 框架（与 ISO 14083 一致）的默认系数。空运会加上航线绕行的距离，陆运会加上道路绕行的距离。',
    summary: (account, from, to, n, kg, per) => `${from}至${to}，账户 ${account} 共寄出 ${n} 个包裹，碳排放合计 ${kg} 千克 CO2e（平均每个包裹 ${per} 千克）。`,
    nothing: (account, from, to) => `账户 ${account} 在${from}至${to}期间没有寄出包裹，因此没有碳排放数据。`,
    topTitle: '排放最多的线路：',
    laneLine: (rank, route, kg, n, share) => `${rank}. ${route}：${kg} 千克 CO2e，${n} 个包裹（${share}%）`,
    ground: (route, n, airKg, saving, discount) =>
      `建议：${route} 线路有 ${n} 个包裹走空运（${airKg} 千克 CO2e）。该线路可用陆运，约可少排放 ${saving} 千克；每减排 1 吨，运费降低 ${discount}%。`,
    consolidate: (route, n, avg) => `建议：${route} 线路有 ${n} 个小包裹（平均 ${avg} 千克）分开寄送。合并配送、减少发货次数可以降低碳排放和包装用量。`,
    packaging: '建议：使用更轻的环保包装材料，可以减轻寄送重量，从而降低碳排放。',
  },
  es: {
    lane: (from, to) => [from && `desde ${from}`, to && `a ${to}`].filter(Boolean).join(' '),
    onlyLane: (lane) => `Solo se cuentan los paquetes ${lane}.`,
    parcel: (tn, route, date, service, weight, kg) => `${tn} (${route}, enviado el ${date}, ${service}, ${weight} kg) emitió ${kg} kg de CO2e.`,
    notOnAccount: (tn, account) => `No encuentro ${tn} en la cuenta ${account}.`,
    thoseTotal: (n, kg, per) => `En total, esos ${n} paquetes emitieron ${kg} kg de CO2e (${per} kg por paquete de media).`,
    noneOfThose: 'Ningún paquete cumple eso, así que no hay CO2 que sumar.',
    comparedTitle: 'Comparación:',
    comparedLabel: (from, to, lane) => `del ${from} al ${to}${lane ? `, paquetes ${lane}` : ''}`,
    comparedLine: (rank, label, n, kg) => `${rank}. ${label}: ${n} ${n === 1 ? 'paquete' : 'paquetes'}, ${kg} kg de CO2e`,
    higher: (rank, diff, how) => `${rank === 1 ? 'El primero' : 'El segundo'} es mayor: ${diff} kg de CO2e más${how ? ` (${how})` : ''}.`,
    timesAsMuch: (ratio) => `${ratio} veces más`,
    percentMore: (p) => `un ${p} % más`,
    sameFigures: 'Los dos emitieron lo mismo.',
    method:
      'La huella de cada paquete es su peso × la distancia que recorre × un factor de emisión según cómo viaja (avión o carretera), en kg CO2e: el combustible quemado más su producción, con los factores por defecto del GLEC Framework (alineado con ISO 14083). Los vuelos suman la distancia extra de las rutas aéreas y los camiones los rodeos de la carretera.',
    summary: (account, from, to, n, kg, per) =>
      `Del ${from} al ${to}, la cuenta ${account} envió ${n} ${n === 1 ? 'paquete' : 'paquetes'} que emitieron ${kg} kg de CO2e en total (${per} kg por paquete de media).`,
    nothing: (account, from, to) => `La cuenta ${account} no envió paquetes del ${from} al ${to}, así que no hay emisiones que mostrar para ese periodo.`,
    topTitle: 'Los que más contribuyen:',
    laneLine: (rank, route, kg, n, share) => `${rank}. ${route}: ${kg} kg de CO2e, ${n} ${n === 1 ? 'paquete' : 'paquetes'} (${share} %)`,
    ground: (route, n, airKg, saving, discount) =>
      `Sugerencia: ${n} ${n === 1 ? 'paquete fue' : 'paquetes fueron'} por avión en ${route} (${airKg} kg de CO2e). El servicio terrestre cubre esa ruta y habría emitido unos ${saving} kg menos; cada tonelada que reduces baja tus portes un ${discount} %.`,
    consolidate: (route, n, avg) =>
      `Sugerencia: ${n} paquetes pequeños (${avg} kg de media) viajaron por separado en ${route}. Consolidarlos en menos envíos, más llenos, reduce emisiones y embalaje.`,
    packaging: 'Sugerencia: un embalaje más ligero y ecológico reduce el peso que envías y, con él, tus emisiones.',
  },
});
