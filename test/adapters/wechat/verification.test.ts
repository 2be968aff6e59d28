import { describe, expect, test } from 'vitest';
import { weChatSignature } from '../../../adapters/wechat/signature.ts';
import { WeChatVerifier } from '../../../adapters/wechat/verification.ts';
import { FixedClock } from '../../../src/clock.ts';
import { vector, xmlSample } from './fixtures.ts';

const at = (timestamp: string, offsetSeconds = 0) => new FixedClock(new Date((Number(timestamp) + offsetSeconds) * 1000));

function verifierFor(v: { token: string; appId: string; encodingAESKey?: string; timestamp: string }, offsetSeconds = 0) {
  return new WeChatVerifier(
    { token: v.token, appId: v.appId, encodingAesKey: v.encodingAESKey, maxClockSkewSeconds: 300 },
    at(v.timestamp, offsetSeconds),
  );
}

describe('WeChat URL check (GET)', () => {
  const plain = { token: 'test', appId: 'wx1', timestamp: '1410685589' };

  test('should echo echostr when the signature is right (wechatpy vector)', () => {
    const query = { signature: 'f21891de399b4e33a1a93c9a7b8a8fffb5a443ff', timestamp: '1410685589', nonce: 'test', echostr: '7163937152983471235' };
    expect(verifierFor(plain).verifyUrl(query)).toBe('7163937152983471235');
  });

  test.each([
    ['a wrong signature', { signature: 'f21891de399b4e33a1a93c9a7b8a8fffb5a443fe' }, 'BadSignature'],
    ['no signature', { signature: undefined }, 'MissingSignature'],
    ['no nonce', { nonce: undefined }, 'MissingSignature'],
    ['a repeated signature', { signature: ['f21891de399b4e33a1a93c9a7b8a8fffb5a443ff', 'x'] }, 'MissingSignature'],
  ])('should answer 401 for %s', (_what, patch, code) => {
    const query = { signature: 'f21891de399b4e33a1a93c9a7b8a8fffb5a443ff', timestamp: '1410685589', nonce: 'test', echostr: 'e', ...patch };
    expect(() => verifierFor(plain).verifyUrl(query)).toThrow(expect.objectContaining({ status: 401, code }));
  });

  test('should answer 401 for a stale timestamp, and accept one within the window', () => {
    const query = { signature: 'f21891de399b4e33a1a93c9a7b8a8fffb5a443ff', timestamp: '1410685589', nonce: 'test', echostr: 'e' };
    expect(() => verifierFor(plain, 301).verifyUrl(query)).toThrow(expect.objectContaining({ status: 401, code: 'StaleTimestamp' }));
    expect(() => verifierFor(plain, -301).verifyUrl(query)).toThrow(expect.objectContaining({ code: 'StaleTimestamp' }));
    expect(verifierFor(plain, 300).verifyUrl(query)).toBe('e');
  });

  test.each(['wecom-official-verifyurl', 'wecom-weworkapi_python-verifyurl', 'wechatpy-check_signature'])(
    'should decrypt the encrypted echostr of %s (msg_signature style)',
    (id) => {
      const v = vector(id);
      const query = { msg_signature: v.msg_signature, timestamp: v.timestamp, nonce: v.nonce, echostr: v.encrypted };
      expect(verifierFor(v).verifyUrl(query)).toBe(v.expected_plaintext);
    },
  );

  test('should refuse the wechatpy negative case', () => {
    const v = vector('wechatpy-check_signature');
    const query = { msg_signature: v.msg_signature, timestamp: v.timestamp, nonce: v.negative_case!.nonce, echostr: v.encrypted };
    expect(() => verifierFor(v).verifyUrl(query)).toThrow(expect.objectContaining({ status: 401, code: 'BadSignature' }));
  });
});

describe('WeChat pushes (POST)', () => {
  test('should refuse a plaintext push, even correctly signed, when the AES key is set (safe mode)', () => {
    const v = { token: 'spamtest', appId: 'wx2c2769f8efd9abc2', timestamp: '1409735669', encodingAESKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' };
    const query = { signature: weChatSignature('spamtest', '1409735669', '1320562132'), timestamp: '1409735669', nonce: '1320562132', openid: 'o' };
    expect(() => verifierFor(v).openPush(query, xmlSample('wechatpy_text.xml'))).toThrow(expect.objectContaining({ status: 401, code: 'PlaintextRefused' }));
  });

  test('should open a plaintext push signed with the token', () => {
    const v = { token: 'spamtest', appId: 'wx2c2769f8efd9abc2', timestamp: '1409735669' };
    const query = { signature: weChatSignature('spamtest', '1409735669', '1320562132'), timestamp: '1409735669', nonce: '1320562132', openid: 'o' };
    const opened = verifierFor(v).openPush(query, xmlSample('wechatpy_text.xml'));
    expect(opened).toMatchObject({ encrypted: false, nonce: '1320562132', push: { MsgType: 'text', Content: 'this is a test' } });
  });

  test.each(['mp-official-python-sample-decrypt', 'wecom-official-decrypt', 'wecom-weworkapi_python-decrypt', 'wechatpy-decrypt_message'])(
    'should open the safe-mode push of %s',
    (id) => {
      const v = vector(id);
      const body = `<xml><ToUserName><![CDATA[${v.appId}]]></ToUserName><Encrypt><![CDATA[${v.encrypted}]]></Encrypt></xml>`;
      const query = { encrypt_type: 'aes', msg_signature: v.msg_signature, timestamp: v.timestamp, nonce: v.nonce };
      const opened = verifierFor(v).openPush(query, body);
      expect(opened.encrypted).toBe(true);
      expect(opened.push.MsgType).toBe('text');
    },
  );

  test('should open the Tencent samples as they were posted (compat-mode envelope and WeCom envelope)', () => {
    const mp = vector('mp-official-python-sample-decrypt');
    const mpQuery = { signature: mp.url_signature_sha1_token_timestamp_nonce, encrypt_type: 'aes', msg_signature: mp.msg_signature, timestamp: mp.timestamp, nonce: mp.nonce };
    expect(verifierFor(mp).openPush(mpQuery, xmlSample('tencent_mp_sample_compat_mode_push.xml')).push).toMatchObject({
      FromUserName: 'oyORnuP8q7ou2gfYjqLzSIWZf0rs',
      Content: 'abcdteT',
      MsgId: '6054768590064713728',
    });
    const wecom = vector('wecom-official-decrypt');
    const wecomQuery = { encrypt_type: 'aes', msg_signature: wecom.msg_signature, timestamp: wecom.timestamp, nonce: wecom.nonce };
    expect(verifierFor(wecom).openPush(wecomQuery, xmlSample('tencent_wecom_sample_safe_mode_push.xml')).push).toMatchObject({
      FromUserName: 'mycreate',
      Content: 'hello',
    });
  });

  test.each([
    ['a wrong msg_signature', { msg_signature: '0'.repeat(40) }, 401, 'BadSignature'],
    ['no msg_signature', { msg_signature: undefined }, 401, 'MissingSignature'],
    ['an unknown encrypt_type', { encrypt_type: 'rot13' }, 400, 'BadEncryptType'],
  ])('should refuse a safe-mode push with %s', (_what, patch, status, code) => {
    const v = vector('wecom-official-decrypt');
    const query = { encrypt_type: 'aes', msg_signature: v.msg_signature, timestamp: v.timestamp, nonce: v.nonce, ...patch };
    expect(() => verifierFor(v).openPush(query, xmlSample('tencent_wecom_sample_safe_mode_push.xml'))).toThrow(expect.objectContaining({ status, code }));
  });

  test('should refuse a safe-mode push for another app id, even correctly signed', () => {
    const v = vector('wecom-official-decrypt');
    const query = { encrypt_type: 'aes', msg_signature: v.msg_signature, timestamp: v.timestamp, nonce: v.nonce };
    const other = new WeChatVerifier({ token: v.token, appId: 'wx0000000000000000', encodingAesKey: v.encodingAESKey, maxClockSkewSeconds: 300 }, at(v.timestamp));
    expect(() => other.openPush(query, xmlSample('tencent_wecom_sample_safe_mode_push.xml'))).toThrow(expect.objectContaining({ status: 401, code: 'WrongAppId' }));
  });

  test('should refuse an encrypted push when the AES key is not configured', () => {
    const v = vector('wecom-official-decrypt');
    const query = { encrypt_type: 'aes', msg_signature: v.msg_signature, timestamp: v.timestamp, nonce: v.nonce };
    const plainOnly = new WeChatVerifier({ token: v.token, appId: v.appId, encodingAesKey: undefined, maxClockSkewSeconds: 300 }, at(v.timestamp));
    expect(() => plainOnly.openPush(query, '<xml/>')).toThrow(expect.objectContaining({ status: 400, code: 'SafeModeNotConfigured' }));
  });

  test('should refuse a stale safe-mode push (a replay of the Tencent sample today)', () => {
    const v = vector('wecom-official-decrypt');
    const query = { encrypt_type: 'aes', msg_signature: v.msg_signature, timestamp: v.timestamp, nonce: v.nonce };
    expect(() => verifierFor(v, 3600).openPush(query, xmlSample('tencent_wecom_sample_safe_mode_push.xml'))).toThrow(
      expect.objectContaining({ status: 401, code: 'StaleTimestamp' }),
    );
  });
});
