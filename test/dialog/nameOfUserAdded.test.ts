/**
 * The name an Admin gives when adding a user ("add Maria Lopez (maria.lopez@example.com) as a View user", "请添加用户王芳
 * wangfang@example.com，只能查看", "agrega a Jorge Ruiz, jorge@ejemplo.com, con permiso de pago") is the one recorded and
 * repeated, never asked again nor replaced by the e-mail (outside testers, round 8); a user who is not Admin is refused,
 * naming the account's admins (the billing-center SOP: the Admin manages users). Here: the name read beside the address.
 */
import { describe, expect, test } from 'vitest';
import { nameBeside } from '../../src/dialog/flows/accountAccess/accountAccessFlow.ts';
import type { DemoUser } from './demoAssistant.ts';

const ADDS: readonly [string, DemoUser, string, string, string, string][] = [
  ['en', 'u-alice', 'add Maria Lopez (maria.lopez@example.com) as a View user', 'yes', 'Maria Lopez', 'maria.lopez@example.com'],
  ['zh', 'u-li', '请添加用户王芳 wangfang@example.com，只能查看', '是的', '王芳', 'wangfang@example.com'],
  ['es', 'u-lucia', 'agrega a Jorge Ruiz, jorge@ejemplo.com, con permiso de pago', 'sí', 'Jorge Ruiz', 'jorge@ejemplo.com'],
];
describe('the name given when adding a user', { timeout: 180_000 }, () => {
  test.each(ADDS)('(%s) should read the name beside the e-mail', (_lang, _user, text, _yes, name, email) => {
    expect(nameBeside(text, email)).toBe(name);
  });

});
