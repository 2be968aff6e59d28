import type { AskedAbout, DateRole, Language, PlaceRoleName } from '../../../src/nlu/types.ts';

/** One message and what each of its spans is for (only the fields given are checked). */
export interface SpanRoleCase {
  text: string;
  /** Places as "Name:role", in message order. */
  roles?: string[];
  newAddress?: string | null;
  dateRole?: DateRole | null;
  asks?: AskedAbout[];
  statusHints?: string[];
  /** Search fields that must stay empty: these places are no filter. */
  noFilters?: boolean;
}

export const ROLE_ZONES: Readonly<Record<Language, string>> = { en: 'America/New_York', zh: 'Asia/Shanghai', es: 'Europe/Madrid' };

export type RoleName = PlaceRoleName;

/** Per language: the role refiners' readings, written for these tests (not the dev sets' sentences). */
export const SPAN_ROLE_CASES: Readonly<Record<Language, readonly SpanRoleCase[]>> = {
  en: [
    { text: 'the box has been stuck in Memphis since the weekend', roles: ['Memphis:location'], noFilters: true },
    { text: 'my order to Boston is sitting at the Louisville hub', roles: ['Boston:destination', 'Louisville:location'] },
    { text: 'my parcel is currently in Anchorage', roles: ['Anchorage:location'], noFilters: true },
    { text: 'please reroute it to Denver', roles: ['Denver:new_address'], newAddress: 'Denver', noFilters: true },
    { text: 'change the delivery address please, deliver it to 9 Front St, Toronto', roles: ['Toronto:new_address'], newAddress: '9 Front St, Toronto' },
    { text: 'any news on my parcel to Rome? Kind regards, Jo Smith, Bristol', roles: ['Rome:destination', 'Bristol:noise'] },
    { text: 'Thanks! > the parcel from Lyon left our depot', roles: ['Lyon:noise'], noFilters: true },
    { text: 'Cheers, where is my parcel to Oslo?', roles: ['Oslo:destination'] },
    { text: 'parcels from Shanghai -> Chicago', roles: ['Shanghai:origin', 'Chicago:destination'] },
    { text: 'has the parcel to Madrid arrived?', roles: ['Madrid:destination'], asks: ['status'], statusHints: [] },
    { text: 'when was it delivered?', asks: ['delivery_date'], statusHints: [] },
    { text: 'which ones were delivered?', statusHints: ['delivered'] },
    // A yes/no question of any of several parcels asks the status and still filters by it (outside tester round 6, M5).
    { text: 'are any of our parcels late?', asks: ['status'], statusHints: ['late'] },
    { text: 'is the tokyo parcel late?', roles: ['Tokyo:destination'], asks: ['status'], statusHints: [] },
    { text: 'the parcels that are stuck', statusHints: ['stuck'] },
    { text: 'my invoice payment is on hold', statusHints: [] },
    { text: 'who signed for it?', asks: ['signed_by'] },
    { text: "what's the declared value of it?", asks: ['declared_value'] },
    { text: 'which parcels are delayed?', statusHints: ['late'] },
    { text: 'my invoice payment is late', statusHints: [] },
    { text: 'the parcel that arrived yesterday', dateRole: 'delivered' },
    { text: 'the parcel I shipped yesterday', dateRole: 'shipped' },
    // A day next to a lasting status is when it holds, not a day to search by.
    { text: 'my box to Oslo is out for delivery today', dateRole: null, statusHints: ['out_for_delivery'] },
    { text: 'the one to Oslo that is still moving', dateRole: null, statusHints: ['in_transit'] },
    { text: 'where is it?', asks: ['location'], dateRole: null },
  ],
  zh: [
    { text: '我的快递卡在孟菲斯三天了', roles: ['Memphis:location'], noFilters: true },
    { text: '寄到上海的包裹在芝加哥海关扣着', roles: ['Shanghai:destination', 'Chicago:location'] },
    { text: '麻烦改送到杭州市西湖区文三路8号', roles: ['Hangzhou:new_address'], newAddress: '杭州市西湖区文三路8号', noFilters: true },
    { text: '包裹能转寄到苏州吗', roles: ['Suzhou:new_address'], newAddress: '苏州' },
    // An address abroad written as it is there, naming the parcel's own city (outside tester round 8, P5).
    { text: '温哥华那个包裹能改地址吗？新地址是 800 Robson Street, Vancouver', roles: ['Vancouver:destination', 'Vancouver:new_address'], newAddress: '800 Robson Street, Vancouver' },
    { text: '请帮我查包裹。 此致 敬礼 王强 深圳分公司', roles: ['Shenzhen:noise'], noFilters: true },
    { text: '从上海寄到北京的包裹', roles: ['Shanghai:origin', 'Beijing:destination'] },
    { text: '包裹什么时候到', asks: ['delivery_date'] },
    { text: '包裹到哪了', asks: ['location'] },
    { text: '签收了吗', asks: ['status'], statusHints: [] },
    { text: '谁签收的包裹', asks: ['signed_by'] },
    { text: '它的申报价值是多少', asks: ['declared_value'] },
    { text: '有没有延误的包裹', statusHints: ['late'] },
    { text: '已签收的包裹有哪些', statusHints: ['delivered'] },
    { text: '退款被退回了', statusHints: [] },
    { text: '昨天签收的包裹', dateRole: 'delivered' },
    { text: '昨天寄出的包裹', dateRole: 'shipped' },
    { text: '寄到奥斯陆今天正在派送的包裹', dateRole: null, statusHints: ['out_for_delivery'] },
  ],
  es: [
    { text: 'el paquete lleva tres días atascado en Miami', roles: ['Miami:location'], noFilters: true },
    { text: 'mi envío a Lima está retenido en la aduana de Bogotá', roles: ['Lima:destination', 'Bogotá:location'] },
    { text: 'quiero cambiar la dirección, entréguenlo en Calle Alcalá 20, Madrid', roles: ['Madrid:new_address'], newAddress: 'Calle Alcalá 20, Madrid' },
    { text: 'por favor redirijan el paquete a Sevilla', roles: ['Sevilla:new_address'], newAddress: 'Sevilla', noFilters: true },
    // A postal code before the city and a German compound street name (outside tester round 8, P5).
    { text: 'el paquete a Berlín, ¿se puede cambiar la dirección? La nueva es Torstraße 15, 10119 Berlin', roles: ['Berlin:destination', 'Berlin:new_address'], newAddress: 'Torstraße 15, 10119 Berlin' },
    { text: '¿y mi paquete a Roma? Saludos, Ana Ruiz, Bilbao', roles: ['Rome:destination', 'Bilbao:noise'] },
    { text: 'Saludos, ¿dónde está mi paquete a Quito?', roles: ['Quito:destination'], asks: ['location'] },
    // Its status word stays a hint until the dialog reads `asks` (AskRefiner): only the question is checked.
    { text: '¿ya se entregó el paquete?', asks: ['status'] },
    { text: '¿cuándo llega mi paquete?', asks: ['delivery_date'] },
    { text: 'quiero ver los paquetes entregados', statusHints: ['delivered'] },
    { text: 'mi reembolso está atascado', statusHints: [] },
    { text: '¿quién firmó?', asks: ['signed_by'] },
    { text: '¿cuál es el valor declarado?', asks: ['declared_value'] },
    { text: '¿qué paquetes van con retraso?', statusHints: ['late'] },
    { text: 'el paquete que recibí ayer', dateRole: 'delivered' },
    { text: 'el paquete que envié ayer', dateRole: 'shipped' },
    { text: 'el paquete a Oslo que sale hoy en reparto', dateRole: null, statusHints: ['out_for_delivery'] },
    { text: 'el paquete a Oslo que envié ayer y está en reparto', dateRole: 'shipped', statusHints: ['out_for_delivery'] },
  ],
};
