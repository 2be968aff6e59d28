import { describe, expect, test } from 'vitest';
import { customTextMessage, joinedText, passiveTextReply, renderForWeChat } from '../../../adapters/wechat/render.ts';
import type { Activity } from '../../../src/activity.ts';
import { replyToActivity } from '../../../src/turn/replyActivity.ts';

const base = { channelId: 'wechat', conversation: { id: 'c' }, from: { id: 'carrier-assist' } };
const message = (partial: Partial<Activity>): Activity => ({ ...base, type: 'message', ...partial }) as Activity;

describe('WeChat rendering', () => {
  test('should number the choices (WeChat has no buttons)', () => {
    const activity = message(replyToActivity({ type: 'message', text: 'Which one?', choices: [{ label: 'To London', value: '1Z1' }, { label: 'To Paris', value: '1Z2' }] }, 'en'));
    expect(renderForWeChat(activity)).toBe('Which one?\n1. To London\n2. To Paris');
  });

  test('should turn an Adaptive Card into its title and fact lines', () => {
    const activity = message(
      replyToActivity({ type: 'message', text: 'Here it is.', card: { title: 'Parcel 1Z9', subtitle: 'Shanghai → New York', facts: [{ label: 'Status', value: 'In transit' }, { label: 'ETA', value: 'Wed' }] } }, 'en'),
    );
    expect(renderForWeChat(activity)).toBe('Here it is.\nParcel 1Z9\nShanghai → New York\nStatus: In transit\nETA: Wed');
  });

  test('should show nothing of traces, events and typing', () => {
    expect(renderForWeChat({ ...base, type: 'trace', name: 'carrier-assist.nlu', value: { secret: 1 } })).toBeNull();
    expect(renderForWeChat({ ...base, type: 'event', name: 'handoff.initiate' })).toBeNull();
    expect(renderForWeChat({ ...base, type: 'typing' })).toBeNull();
    expect(renderForWeChat(message({ text: '' }))).toBeNull();
  });

  test('should join the messages of a turn into one passive reply', () => {
    expect(joinedText([message({ text: 'One.' }), { ...base, type: 'trace' }, message({ text: 'Two.' })])).toBe('One.\n\nTwo.');
    expect(joinedText([{ ...base, type: 'trace' }])).toBeNull();
  });

  test('should write the passive reply and the customer-service message in WeChat’s shapes', () => {
    expect(passiveTextReply({ openId: 'oUser', accountId: 'gh_1' }, 'a]]>b', 1700000000)).toBe(
      '<xml>\n<ToUserName><![CDATA[oUser]]></ToUserName>\n<FromUserName><![CDATA[gh_1]]></FromUserName>\n<CreateTime>1700000000</CreateTime>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[a]]]]><![CDATA[>b]]></Content>\n</xml>',
    );
    expect(customTextMessage('oUser', '你好')).toEqual({ touser: 'oUser', msgtype: 'text', text: { content: '你好' } });
  });
});
