import { describe, expect, test } from 'vitest';
import { HttpError } from '../../../src/server/errors.ts';
import { pushToActivity, readWeChatXml, toPush, weChatDeliveryId, mediaOf } from '../../../adapters/wechat/messages.ts';
import { XML_SAMPLES, xmlSample } from './fixtures.ts';

const APP_ID = 'wx2c2769f8efd9abc2';
const activityOf = (name: string) => pushToActivity(toPush(readWeChatXml(xmlSample(name))), { appId: APP_ID });

describe('WeChat push XML samples', () => {
  test('should have all sixteen samples from shared/external/wechat', () => {
    expect(Object.keys(XML_SAMPLES)).toHaveLength(16);
  });

  // The WeCom sample is an encrypted envelope: read below, and decrypted in verification.test.ts.
  test.each(Object.keys(XML_SAMPLES).filter((n) => !n.startsWith('tencent_wecom')))('should read %s as a WeChat message', (name) => {
    const fields = readWeChatXml(xmlSample(name));
    const push = toPush(fields);
    expect(push.ToUserName).not.toBe('');
    expect(push.FromUserName).not.toBe('');
    expect(push.MsgType).toMatch(/^\w+$/);
  });

  test.each(Object.keys(XML_SAMPLES).filter((n) => !n.startsWith('tencent_wecom')))('should map %s to an Activity or nothing', (name) => {
    const a = activityOf(name);
    if (a === null) {
      expect(name).toBe('wechatpy_unknown_msgtype.xml');
      return;
    }
    expect(a.channelId).toBe('wechat');
    expect(a.conversation.id).toBe(`wechat:${APP_ID}:${a.from.id}`);
    expect(a.id).toMatch(/^(msg|event):/);
  });

  test('should read the encrypted envelope of the WeCom sample (only Encrypt and the addressee are clear)', () => {
    const fields = readWeChatXml(xmlSample('tencent_wecom_sample_safe_mode_push.xml'));
    expect(fields['ToUserName']).toBe('wx5823bf96d3bd56c7');
    expect(fields['Encrypt']).toMatch(/^RypEvHKD8QQK/);
    expect(() => toPush(fields)).toThrow(HttpError);
  });

  test('should map a text message, deduped by its MsgId', () => {
    const push = toPush(readWeChatXml(xmlSample('wechatpy_text.xml')));
    expect(weChatDeliveryId(push)).toBe('msg:1234567890123456');
    expect(pushToActivity(push, { appId: APP_ID })).toEqual({
      type: 'message',
      id: 'msg:1234567890123456',
      timestamp: '2012-09-28T11:31:00.000Z',
      channelId: 'wechat',
      from: { id: 'fromUser', role: 'user' },
      recipient: { id: 'toUser', role: 'bot' },
      conversation: { id: `wechat:${APP_ID}:fromUser` },
      locale: 'zh-CN',
      text: 'this is a test',
      textFormat: 'plain',
      channelData: { wechat: { msgType: 'text' } },
    });
  });

  test('should map the compat-mode sample (plaintext fields beside Encrypt) as text', () => {
    expect(activityOf('tencent_mp_sample_compat_mode_push.xml')).toMatchObject({ type: 'message', text: 'abcdteT', id: 'msg:6054768590064713728' });
  });

  test('should keep an image as an attachment to download', () => {
    const push = toPush(readWeChatXml(xmlSample('wechatpy_image.xml')));
    expect(mediaOf(push)).toEqual({ mediaId: 'media_id', contentType: 'image/jpeg', url: 'this is a url' });
    const a = pushToActivity(push, { appId: APP_ID, attachment: { contentType: 'image/jpeg', contentUrl: 'this is a url' } });
    expect(a).toMatchObject({ type: 'message', text: '', attachments: [{ contentType: 'image/jpeg', contentUrl: 'this is a url' }] });
  });

  test('should use the recognition text of a voice message, and its format', () => {
    const xml = xmlSample('wechatpy_voice.xml').replace('</xml>', '<Recognition><![CDATA[查一下我的包裹]]></Recognition>\n</xml>');
    const push = toPush(readWeChatXml(xml));
    expect(mediaOf(push)).toEqual({ mediaId: 'media_id', contentType: 'audio/format' });
    expect(pushToActivity(push, { appId: APP_ID })).toMatchObject({ type: 'message', text: '查一下我的包裹' });
    expect(activityOf('wechatpy_voice.xml')).toMatchObject({ type: 'message', text: '' });
  });

  test('should map a video to a message with its media', () => {
    expect(mediaOf(toPush(readWeChatXml(xmlSample('wechatpy_video.xml'))))).toEqual({ mediaId: 'media_id', contentType: 'video/mp4' });
    expect(activityOf('wechatpy_video.xml')).toMatchObject({ type: 'message', text: '' });
  });

  test('should keep a location as an event with its Place (nothing for the dialog to misread as words)', () => {
    expect(activityOf('wechatpy_location.xml')).toMatchObject({
      type: 'event',
      name: 'wechat/location',
      value: { type: 'Place', name: '位置信息' },
      entities: [{ type: 'Place', name: '位置信息', geo: { type: 'GeoCoordinates', latitude: 23.134521, longitude: 113.358803 } }],
    });
  });

  test('should map a link to its title and URL', () => {
    expect(activityOf('wechatpy_link.xml')).toMatchObject({
      type: 'message',
      text: '公众平台官网链接',
      attachments: [{ contentType: 'text/html', contentUrl: 'url', name: '公众平台官网链接' }],
    });
  });

  test.each(['wechatpy_event_subscribe.xml', 'wechatpy_event_subscribe_qrscene.xml', 'wechatpy_event_subscribe_with_eventkey.xml'])(
    'should map %s to the customer joining (the bot greets)',
    (name) => {
      const a = activityOf(name)!;
      expect(a.type).toBe('conversationUpdate');
      expect(a.membersAdded).toEqual([{ id: 'FromUser', role: 'user' }]);
      expect(a.id).toBe('event:FromUser:123456789:subscribe');
    },
  );

  test('should keep the scene of a QR-code subscription', () => {
    expect(activityOf('wechatpy_event_subscribe_qrscene.xml')!.value).toEqual({ eventKey: 'qrscene_123123', ticket: 'TICKET' });
  });

  test('should map unsubscribe to the end of the conversation', () => {
    const xml = xmlSample('wechatpy_event_subscribe.xml').replace('subscribe', 'unsubscribe');
    expect(pushToActivity(toPush(readWeChatXml(xml)), { appId: APP_ID })).toMatchObject({ type: 'endOfConversation' });
  });

  test('should map a CLICK menu key to what the customer said', () => {
    expect(activityOf('wechatpy_event_CLICK.xml')).toMatchObject({ type: 'message', text: 'EVENTKEY', value: 'EVENTKEY' });
  });

  test.each([
    ['wechatpy_event_VIEW.xml', 'wechat/VIEW', 'www.qq.com'],
    ['wechatpy_event_SCAN.xml', 'wechat/SCAN', '123123'],
  ])('should map %s to an event the bot records but does not answer', (name, eventName, value) => {
    expect(activityOf(name)).toMatchObject({ type: 'event', name: eventName, value });
  });

  test('should map a LOCATION report to an event with the coordinates', () => {
    expect(activityOf('wechatpy_event_LOCATION.xml')).toMatchObject({
      type: 'event',
      name: 'wechat/LOCATION',
      entities: [{ type: 'Place', geo: { latitude: 23.137466, longitude: 113.352425 } }],
    });
  });

  test('should ignore an unknown MsgType gracefully', () => {
    expect(activityOf('wechatpy_unknown_msgtype.xml')).toBeNull();
  });

  test.each([
    ['not XML', 'hello'],
    ['another root', '<message><MsgType>text</MsgType></message>'],
    ['an XXE attempt', '<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml><Content>&x;</Content></xml>'],
  ])('should answer 400 for %s', (_what, xml) => {
    expect(() => readWeChatXml(xml)).toThrow(expect.objectContaining({ status: 400, code: 'MalformedXml' }));
  });

  test('should answer 400 for XML missing the addressing fields', () => {
    expect(() => toPush(readWeChatXml('<xml><MsgType>text</MsgType></xml>'))).toThrow(expect.objectContaining({ status: 400, code: 'InvalidMessage' }));
  });
});
