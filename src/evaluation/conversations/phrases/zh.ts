/** Chinese templates, written from the domain: how a shipper in China asks about their parcels. */
import type { Rng } from '../../../demo/prng.ts';
import type { Correction, Description, Phrasebook, Refinement } from '../phrasebook.ts';
import { placeName } from '../places.ts';
import type { DateSlot, PlaceSlot, Query, StatusSlot } from '../types.ts';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const ORDINALS = ['一', '二', '三', '四', '五', '六'];
const COUNTS = ['零', '一', '两', '三', '四', '五', '六', '七'];

function monthDay(iso: string, rng: Rng): string {
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return rng.pick([`${m}月${d}日`, `${m}月${d}号`]);
}

function date(slot: DateSlot, rng: Rng): string {
  switch (slot.kind) {
    case 'today':
      return '今天';
    case 'yesterday':
      return '昨天';
    case 'daysAgo':
      return slot.n === 2 && rng.chance(0.5) ? '前天' : `${rng.chance(0.5) ? slot.n : COUNTS[slot.n] ?? slot.n}天前`;
    case 'weekday': {
      const w = WEEKDAYS[slot.weekday]!;
      return rng.pick([`上周${w}`, `上个星期${w === '日' ? '天' : w}`]);
    }
    case 'explicit':
      return monthDay(slot.date, rng);
    case 'lastWeek':
      return rng.pick(['上周', '上个星期']);
    case 'dayOfMonth':
      return `${Number(slot.date.slice(8, 10))}号`;
  }
}

const place = (p: PlaceSlot): string => placeName(p, 'zh');

/** "从深圳寄到伦敦", "寄往伦敦", "从深圳寄出". */
function route(q: Query, rng: Rng): string {
  const verb = rng.pick(['寄到', '寄往', '发往', '发到']);
  const from = q.origin ? `从${place(q.origin)}` : '';
  if (q.destination) return `${from}${verb}${place(q.destination)}`;
  return `${from}${rng.pick(['寄出', '发出'])}`;
}

const statusWords = (s: StatusSlot, rng: Rng): string =>
  s === 'delivered' ? rng.pick(['已经送到', '已签收', '已经送达']) : rng.pick(['还没送到', '还没签收', '还没到']);

function request(q: Query, rng: Rng): string {
  const when = q.date ? date(q.date, rng) : '';
  const what = `${when}${route(q, rng)}`;
  const noun = rng.pick(['包裹', '包裹', '快递', '件']);
  if (q.status) {
    const status = statusWords(q.status, rng);
    return rng.pick([
      `帮我查一下${what}、${status}的${noun}`,
      `我要查${what}的${noun}里${status}的`,
      `${what}的${noun}，哪些${q.status === 'delivered' ? '已经送到了' : '还没到'}？`,
      `查询${what}并且${status}的${noun}`,
    ]);
  }
  if (rng.chance(0.3)) {
    // A question about the parcels' state is not a filter on it: "签收了吗？" still means all of them.
    return rng.pick([`${what}的${noun}到了没？`, `${what}的那个${noun}签收了吗？`, `帮我看看${what}的${noun}签收了没有`]);
  }
  return rng.pick([
    `我要查${what}的${noun}`,
    `${what}的${noun}到哪了？`,
    `帮我查一下${what}的${noun}`,
    `你好，我${what}的那个${noun}现在在哪里？`,
    `请问${what}的${noun}怎么样了`,
    `查一下${what}的${noun}`,
  ]);
}

function describe(d: Description, rng: Rng): string {
  switch (d.kind) {
    case 'status':
      return d.status === 'delivered' ? rng.pick(['已经送到的那个', '已签收的那个', '送到了的那个']) : rng.pick(['还没到的那个', '还没送到的那个', '还在路上的那个']);
    case 'origin':
      return rng.pick([`从${place(d.place)}寄的那个`, `${place(d.place)}发出的那个`]);
    case 'destination':
      return rng.pick([`寄到${place(d.place)}的那个`, `去${place(d.place)}的那个`]);
    case 'date':
      return `${date(d.date, rng)}寄的那个`;
  }
}

function correct(c: Correction, rng: Rng): string {
  switch (c.kind) {
    case 'date':
      return rng.pick([`不对，是${date(c.to, rng)}`, `不是，是${date(c.to, rng)}寄的`, `说错了，是${date(c.to, rng)}`]);
    case 'origin':
      return rng.pick([`不是${place(c.from)}，是${place(c.to)}`, `不对，是从${place(c.to)}寄的`]);
    case 'destination':
      return rng.pick([`我是说寄到${place(c.to)}的`, `不是${place(c.from)}，是${place(c.to)}`, `不对，是寄到${place(c.to)}`]);
  }
}

function refine(r: Refinement, rng: Rng): string {
  switch (r.kind) {
    case 'status':
      return r.status === 'delivered' ? rng.pick(['只要已经送到的', '只看已签收的', '只看送到了的']) : rng.pick(['只看还没到的', '只要还没送到的', '只看没签收的']);
    case 'origin':
      return rng.pick([`只看从${place(r.place)}寄的`, `从${place(r.place)}寄出的`, `只要${place(r.place)}发出的`]);
    case 'destination':
      return rng.pick([`只看寄到${place(r.place)}的`, `只要发往${place(r.place)}的`]);
  }
}

export const zh: Phrasebook = {
  request,
  requestOnAccount: (q, account, rng) => {
    // The request without its greeting, to follow the account in one sentence.
    const plain = request(q, rng).replace(/^你好，/, '');
    return rng.pick([`账户${account.number}：${plain}`, `在${account.number}这个账户下，${plain}`, `${account.name}的账户，${plain}`]);
  },
  pronoun: (rng) => rng.pick(['它什么时候能到？', '它现在在哪里？', '那它到哪儿了？', '这个什么时候送到？', '预计哪天到？']),
  other: (rng) => rng.pick(['另一个呢？', '那另一个呢？', '另外那个呢？']),
  ordinal: (position, rng) =>
    position === 'last' ? rng.pick(['最后一个', '最后那个']) : rng.pick([`第${ORDINALS[position - 1]}个`, String(position), `第${position}个`]),
  describe,
  correct,
  refine,
  answerAccount: (a, rng) => {
    switch (a.kind) {
      case 'number':
        return String(a.position);
      case 'accountNumber':
        return rng.pick([a.accountNumber, `账户${a.accountNumber}`, `${a.accountNumber}这个`]);
      case 'name':
        return rng.pick([a.name, `${a.name}那个`, `是${a.name}`]);
      case 'position':
        return rng.pick([`第${ORDINALS[a.position - 1]}个`, `第${ORDINALS[a.position - 1]}个账户`]);
    }
  },
  hesitations: ['不对，是', '哦，', '嗯，'],
  acknowledgements: ['谢谢', '好的', '👍', '嗯嗯', '收到', '好的，谢谢'],
  greetings: ['你好', '您好', '在吗？', '你好呀'],
  accountNumberQuestions: ['我的账号是多少？', '我的UPS账户号码是什么？', '查一下我的账号'],
  vipQuestions: ['你们有VIP服务吗？', 'VIP服务怎么收费？', '介绍一下VIP服务'],
  variants: [
    ['包裹', ['快递', '包果', '货']],
    ['快递', ['包裹', '件']],
    ['寄到', ['寄去', '发到']],
    ['寄往', ['发往', '寄到']],
    ['发往', ['寄往', '发去']],
    ['昨天', ['昨日']],
    ['帮我查一下', ['帮忙查下', '帮我査一下']],
    ['我要查', ['我想查', '我要査']],
    ['到哪了', ['到哪里了', '到哪儿了']],
    ['还没', ['还未', '尚未']],
    ['已经', ['已']],
  ],
};
