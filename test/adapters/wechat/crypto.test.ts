import { describe, expect, test } from 'vitest';
import { WeChatCryptoError, WeChatMessageCrypto } from '../../../adapters/wechat/crypto.ts';
import { signatureMatches, weChatSignature } from '../../../adapters/wechat/signature.ts';
import { cdata, parseXml, weChatXml } from '../../../adapters/wechat/xml.ts';
import { VECTORS, vector } from './fixtures.ts';

const SAFE = VECTORS.safe_mode_vectors;
const opened = SAFE.filter((v) => v.encrypted !== undefined);
const sealed = SAFE.filter((v) => v.kind === 'encrypt_with_fixed_random');

describe('WeChat signatures (known answers)', () => {
  test('should follow the algorithm the vectors file states', () => {
    expect(VECTORS._algorithm['plaintext_mode_signature']).toMatch(/sha1\(concat\(sorted\(\[token, timestamp, nonce\]\)\)\)/);
    expect(VECTORS._algorithm['aes']).toMatch(/BLOCK SIZE 32/);
  });

  test.each(VECTORS.plaintext_mode_signature_vectors)('should compute the URL signature of $id', (v) => {
    expect(weChatSignature(v.token, v.timestamp, v.nonce)).toBe(v.signature);
    expect(signatureMatches(v.signature, weChatSignature(v.token, v.timestamp, v.nonce))).toBe(true);
    expect(signatureMatches(v.signature.toUpperCase(), weChatSignature(v.token, v.timestamp, v.nonce))).toBe(true);
    if (v.negative_signature) expect(signatureMatches(v.negative_signature, weChatSignature(v.token, v.timestamp, v.nonce))).toBe(false);
  });

  test.each(VECTORS.msg_signature_only_vectors)('should compute the msg_signature of $id', (v) => {
    expect(weChatSignature(v.token, v.timestamp, v.nonce, v.encrypt)).toBe(v.msg_signature);
  });

  test.each(SAFE)('should compute the msg_signature of safe-mode vector $id', (v) => {
    const encrypt = v.encrypted ?? v.expected_encrypted!;
    expect(weChatSignature(v.token, v.timestamp, v.nonce, encrypt)).toBe(v.msg_signature);
  });

  test('should compute the URL signature that accompanies the official account sample', () => {
    const v = vector('mp-official-python-sample-decrypt');
    expect(weChatSignature(v.token, v.timestamp, v.nonce)).toBe(v.url_signature_sha1_token_timestamp_nonce);
  });

  test('should reject the wechatpy negative case (another nonce)', () => {
    const v = vector('wechatpy-check_signature');
    expect(signatureMatches(v.msg_signature, weChatSignature(v.token, v.timestamp, v.negative_case!.nonce, v.encrypted!))).toBe(false);
  });

  test.each([undefined, '', 'zz', 'f21891de399b4e33a1a93c9a7b8a8fffb5a443f', 'f21891de399b4e33a1a93c9a7b8a8fffb5a443ffx'])(
    'should not match a malformed signature %o',
    (received) => {
      expect(signatureMatches(received, weChatSignature('test', '1410685589', 'test'))).toBe(false);
    },
  );
});

describe('WeChat safe-mode crypto (known answers)', () => {
  test('should cover all ten safe-mode vectors, official account and WeCom', () => {
    expect(SAFE).toHaveLength(10);
    expect(new Set(SAFE.map((v) => v.platform))).toEqual(new Set(['official_account', 'wecom']));
  });

  test.each(opened)('should decrypt $id to the expected message, prefix and receive id', (v) => {
    const crypto = new WeChatMessageCrypto(v.encodingAESKey, v.appId);
    const payload = crypto.open(v.encrypted!);
    expect(payload.message).toBe(v.expected_plaintext);
    expect(payload.receiveId).toBe(v.decrypted_receiveid);
    // Tencent's samples draw the 16-byte prefix as 16 text characters.
    expect(payload.randomPrefix.toString('latin1')).toBe(v.decrypted_random_prefix);
  });

  test.each(sealed)('should encrypt $id with its fixed random prefix to the expected ciphertext', (v) => {
    const crypto = new WeChatMessageCrypto(v.encodingAESKey, v.appId);
    const encrypted = crypto.encrypt(v.plaintext!, Buffer.from(v.random_prefix!, 'utf8'));
    expect(encrypted).toBe(v.expected_encrypted);
    expect(crypto.decrypt(encrypted)).toBe(v.plaintext);
  });

  test('should build the reply envelope wechatpy expects, byte for byte', () => {
    const v = vector('wechatpy-encrypt_message');
    const crypto = new WeChatMessageCrypto(v.encodingAESKey, v.appId);
    const encrypt = crypto.encrypt(v.plaintext!, Buffer.from(v.random_prefix!, 'utf8'));
    const xml = weChatXml([
      ['Encrypt', encrypt],
      ['MsgSignature', weChatSignature(v.token, v.timestamp, v.nonce, encrypt)],
      ['TimeStamp', Number(v.timestamp)],
      ['Nonce', v.nonce],
    ]);
    expect(xml).toBe(v.expected_reply_xml);
  });

  test('should round-trip with a random prefix', () => {
    const crypto = new WeChatMessageCrypto('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', 'wx2c2769f8efd9abc2');
    const message = '<xml><Content><![CDATA[你好, 1Z999AA10123456784]]></Content></xml>';
    const a = crypto.encrypt(message);
    expect(crypto.encrypt(message)).not.toBe(a);
    expect(crypto.decrypt(a)).toBe(message);
  });

  test('should refuse a payload for another app id', () => {
    const v = vector('mp-official-python-sample-decrypt');
    const crypto = new WeChatMessageCrypto(v.encodingAESKey, 'wx0000000000000000');
    expect(() => crypto.decrypt(v.encrypted!)).toThrow(expect.objectContaining({ reason: 'wrong_app_id' }));
  });

  test.each([
    ['not base64', '***', 'not_base64'],
    ['not whole blocks', Buffer.alloc(20, 1).toString('base64'), 'bad_ciphertext'],
  ])('should refuse %s', (_what, encrypted, reason) => {
    const crypto = new WeChatMessageCrypto('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', 'wx2c2769f8efd9abc2');
    expect(() => crypto.decrypt(encrypted)).toThrow(WeChatCryptoError);
    expect(() => crypto.decrypt(encrypted)).toThrow(reason);
  });

  test('should refuse a payload under another key (bad padding or wrong app id, never a message)', () => {
    const v = vector('wecom-official-decrypt');
    const crypto = new WeChatMessageCrypto('kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR', v.appId);
    expect(() => crypto.decrypt(v.encrypted!)).toThrow(WeChatCryptoError);
  });

  test('should refuse a key that is not 43 base64 characters', () => {
    expect(() => new WeChatMessageCrypto('short', 'wx1')).toThrow(/43 base64/);
  });
});

describe('WeChat XML', () => {
  test('should read elements, CDATA, entities and comments', () => {
    const root = parseXml('<?xml version="1.0" encoding="utf-8"?>\n<xml><!-- c --><A><![CDATA[x <b> ]]></A><B>1 &lt; 2 &amp; &#x4F60;&#22909;</B><C/><D k="v"><E>e</E></D></xml>');
    expect(root.name).toBe('xml');
    expect(root.children.map((c) => [c.name, c.text])).toEqual([
      ['A', 'x <b> '],
      ['B', '1 < 2 & 你好'],
      ['C', ''],
      ['D', ''],
    ]);
    expect(root.children[3]!.attributes).toEqual({ k: 'v' });
    expect(root.children[3]!.children[0]!.text).toBe('e');
  });

  test.each([
    ['a DOCTYPE (XXE)', '<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml><A>&x;</A></xml>'],
    ['an unknown entity', '<xml><A>&x;</A></xml>'],
    ['a bare ampersand', '<xml><A>a & b</A></xml>'],
    ['a mismatched tag', '<xml><A>a</B></xml>'],
    ['an unclosed element', '<xml><A>a</A>'],
    ['two roots', '<xml></xml><xml></xml>'],
    ['text outside the root', '<xml></xml>trailing'],
    ['nothing', ''],
    ['JSON', '{"MsgType":"text"}'],
    ['an unterminated CDATA', '<xml><A><![CDATA[a</A></xml>'],
    ['a processing instruction inside', '<xml><?php echo 1 ?></xml>'],
    ['deep nesting', `${'<a>'.repeat(40)}${'</a>'.repeat(40)}`],
    ['a duplicate attribute', '<xml a="1" a="2"></xml>'],
  ])('should refuse %s', (_what, xml) => {
    expect(() => parseXml(xml)).toThrow(/at offset/);
  });

  test('should split "]]>" across CDATA sections so the text survives', () => {
    const text = 'a]]>b';
    expect(parseXml(`<xml><A>${cdata(text)}</A></xml>`).children[0]!.text).toBe(text);
  });
});
