import { defineIntent } from './types.ts';

export const carbonFootprint = defineIntent({
  name: 'carbon_footprint',
  description: 'CO2 emissions of shipments, carbon neutral shipping, green options.',
  examples: {
    en: [
      'what is the carbon footprint of my shipments',
      'how much CO2 did my parcel produce',
      'do you offer carbon neutral shipping',
      'emissions report for my account',
      'how green is your delivery',
      'offset the carbon for my packages',
      'show me my CO2 emissions last month',
      'sustainability report',
      'eco friendly shipping options',
      'environmental impact of my deliveries',
      'can I reduce the emissions of my shipments',
      'co2 per package',
    ],
    zh: [
      '我的包裹碳排放是多少',
      '查一下碳足迹',
      '有碳中和运输吗',
      '上个月的二氧化碳排放',
      '怎么减少运输的碳排放',
      '环保包装有吗',
      '绿色物流服务',
      '碳排放报告',
    ],
    es: [
      'cuál es la huella de carbono de mis envíos',
      'cuánto CO2 generó mi paquete',
      'ofrecen envíos neutros en carbono',
      'informe de emisiones',
      'opciones de envío ecológicas',
      'qué ruta emite más co2',
      'cuál es la ruta más contaminante',
    ],
  },
  cues: {
    en: ['carbon', 'co2', 'emissions', 'footprint', 'carbon neutral', 'sustainability', 'eco friendly', 'environmental', 'pollution', 'polluted', 'polluting', 'pollutes'],
    zh: ['碳', '碳排放', '碳足迹', '碳中和', '二氧化碳', '环保', '绿色', '污染'],
    es: ['huella de carbono', 'co2', 'emisiones', 'carbono', 'ecológicas', 'contaminación', 'contaminó', 'contamina', 'contaminan', 'contaminante', 'contaminantes'],
  },
  slots: ['trackingNumbers', 'accountNumber', 'dateRange', 'origin', 'destination'],
  needs: { linkedAccount: true, generalAnswer: false, roles: {} },
});
