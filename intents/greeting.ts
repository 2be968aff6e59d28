import { defineIntent } from './types.ts';

export const greeting = defineIntent({
  name: 'greeting',
  description: 'Hello.',
  examples: {
    en: ['hi', 'hello', 'hey there', 'good morning', 'good afternoon', 'hiya', 'yo', 'hello bot', 'hey', 'good evening', 'hi there!', 'howdy', 'morning'],
    zh: ['你好', '您好', '嗨', '早上好', '在吗', '哈喽', '下午好', '晚上好', '你好呀', 'hi'],
    es: ['hola', 'buenos días', 'buenas tardes', 'buenas noches', 'hola, qué tal', 'buenas'],
  },
  cues: {
    en: ['hi', 'hello', 'hey', 'good morning', 'good afternoon', 'good evening', 'howdy'],
    zh: ['你好', '您好', '在吗', '早上好', '哈喽', '嗨'],
    es: ['hola', 'buenos días', 'buenas tardes', 'buenas noches', 'buenas'],
  },
  slots: [],
  needs: { linkedAccount: false, generalAnswer: false, roles: {} },
});
