import { defineIntent } from './types.ts';

export const goodbye = defineIntent({
  name: 'goodbye',
  description: 'Bye.',
  examples: {
    en: ['bye', 'goodbye', 'see you', 'talk later', 'bye bye', 'have a nice day', 'that is all, bye', 'see ya', 'later', 'cya', 'good night'],
    zh: ['再见', '拜拜', '88', '没事了，再见', '回头见', '先这样吧', '好的 拜', '晚安'],
    es: ['adiós', 'hasta luego', 'chao', 'nos vemos', 'hasta pronto', 'eso es todo, adiós'],
  },
  cues: {
    en: ['bye', 'goodbye', 'see you', 'see ya', 'good night'],
    zh: ['再见', '拜拜', '回头见', '晚安', '拜', '88'],
    es: ['adiós', 'adios', 'hasta luego', 'chao', 'nos vemos'],
  },
  slots: [],
  needs: { linkedAccount: false, generalAnswer: false, roles: {} },
});
