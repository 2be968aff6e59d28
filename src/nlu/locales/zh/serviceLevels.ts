import type { ServiceLevel } from '../../types.ts';
import { NOT_A_SERVICE } from '../serviceLevelKeys.ts';

/**
 * Chinese names of the carrier's services, as its Chinese site gives them (全球特快 Worldwide Express,
 * 全球速快 Saver, 全球快捷 Expedited, 标准 Standard) and as customers say them (特快的, 加急件, 陆运).
 * 快递 and 快件 are not here: they are the everyday words for any parcel ("我的快递到了吗"), not a
 * service. Latin names too: customers write them as the label does ("express的包裹").
 */
export const ZH_SERVICE_LEVELS: Readonly<Record<ServiceLevel | typeof NOT_A_SERVICE, readonly string[]>> = {
  express: ['特快', '全球特快', '特快专递', '加急', '加急件', '急件', 'express', 'worldwide express'],
  next_day: ['次日达', '隔日达', '次日送达', '次日航空', 'next day air'],
  second_day: ['两日达', '第二天航空', '2nd day air'],
  three_day: ['三日达', '三日精选', '3 day select'],
  saver: ['速快', '全球速快', 'saver', 'worldwide saver', 'express saver'],
  expedited: ['快捷', '全球快捷', 'expedited', 'worldwide expedited'],
  ground: ['陆运', '陆路运输', '地面运输', '陆路', 'ground', 'ups ground'],
  standard: ['标准', '标准服务', '标准件', 'standard', 'ups standard'],
  economy: ['经济', '经济型', '经济件', 'economy'],
  // "能不能加急": a hurry asked for (Parse.asks speed_up), not the parcels sent Express.
  not_service: ['能不能加急', '能加急', '可以加急', '帮我加急', '给我加急', '加急一下', '加急处理', '要加急', '申请加急', '收费标准', '计费标准', '标准时间', '赔偿标准', '快捷方式', '经济舱'],
};
