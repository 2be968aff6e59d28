import { describe, expect, test } from 'vitest';
import { generatePassword, hashPassword, verifyPassword } from '../../src/console/passwords.ts';

describe('agent passwords', () => {
  test('should verify the password a hash was made from', async () => {
    const hash = await hashPassword('a long enough secret');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(hash).not.toContain('a long enough secret');
    expect(await verifyPassword('a long enough secret', hash)).toBe(true);
  });

  test('should refuse a wrong password, even one differing in a single character or by case', async () => {
    const hash = await hashPassword('a long enough secret');
    expect(await verifyPassword('a long enough secreT', hash)).toBe(false);
    expect(await verifyPassword('a long enough secret ', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  test('should treat NFC and NFD spellings of one password as the same', async () => {
    const hash = await hashPassword('contraseña segura');
    expect(await verifyPassword('contraseña segura'.normalize('NFD'), hash)).toBe(true);
  });

  test.each([
    ['empty', ''],
    ['not scrypt', 'bcrypt$2b$10$abc$def$ghi'],
    ['too few parts', 'scrypt$32768$8$1$c2FsdA=='],
    ['non-numeric cost', 'scrypt$x$8$1$c2FsdA==$aGFzaA=='],
    ['empty salt', 'scrypt$32768$8$1$$aGFzaA=='],
    ['empty hash', 'scrypt$32768$8$1$c2FsdA==$'],
  ])('should answer false, not throw, for a malformed hash (%s)', async (_name, stored) => {
    await expect(verifyPassword('whatever', stored)).resolves.toBe(false);
  });

  test('should salt: two hashes of one password differ and both verify', async () => {
    const [a, b] = await Promise.all([hashPassword('same password here'), hashPassword('same password here')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password here', a)).toBe(true);
    expect(await verifyPassword('same password here', b)).toBe(true);
  });

  test('should generate long random passwords', () => {
    const a = generatePassword();
    expect(a).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(generatePassword()).not.toBe(a);
  });
});
