/** Dictionaries the account_access flow reads a message with: what the customer wants, and roles. */
import { ROLES, type AccountRole } from '../../../store/records.ts';

export type AccessAction = 'signin' | 'link' | 'explain' | 'change' | 'remove' | 'add' | 'list';

/**
 * Words per action in English, Chinese and Spanish, matched as parts of the lower-cased message, in
 * this order: sign-in trouble first, linking this chat, then a how-question (the SOP), then a change
 * of roles ("remove Dana's Dispute role" is no removal of Dana), removing before adding ("remove the
 * user I added") and listing last.
 */
export const ACCESS_ACTION_CUES: readonly (readonly [AccessAction, readonly string[]])[] = [
  ['signin', ['password', 'log in', 'login', 'sign in', 'locked', 'unlock', '密码', '登录', '登不上', '锁', 'contraseña', 'iniciar sesión', 'bloquead']],
  ['link', ['link my', 'link this chat', 'connect my', 'verify my identity', '绑定', 'vincular', 'vincula']],
  ['explain', ['how', 'steps', 'sop', 'process', '怎么', '如何', '步骤', '流程', 'cómo', 'como ', 'pasos', 'proceso']],
  ['change', ['role', 'permission', 'make ', 'promote', 'demote', '角色', '权限', '设为', '设成', '成为', ' rol ', ' rol', 'roles', 'permiso', 'hazlo', 'hazla', 'convierte']],
  ['remove', ['remove', 'delete', 'revoke', 'take away', 'take off', '删除', '删掉', '移除', '撤销', '取消权限', 'quitar', 'eliminar', 'borrar', 'retirar', 'quita', 'quít']],
  ['add', ['add', 'new user', 'invite', 'give', 'grant', '添加', '新增', '新用户', '开账号', '开通', '邀请', 'añadir', 'añade', 'agregar', 'invitar', 'dar acceso', 'nuevo usuario']],
  ['list', ['who has', 'who can', 'list', 'users', 'members', '查看用户', '用户列表', '哪些用户', '谁', 'quién', 'usuarios', 'lista']],
];

export function accessActionOf(text: string): AccessAction | null {
  const t = text.toLowerCase();
  for (const [action, cues] of ACCESS_ACTION_CUES) if (cues.some((c) => t.includes(c))) return action;
  return null;
}

/** The role sets offered as choices (values are their positions, 1-based): the SOP recommends the third. */
export const ROLE_PRESETS: readonly (readonly AccountRole[])[] = [
  ['View'],
  ['View', 'Pay'],
  ['View', 'Pay', 'Dispute'],
  ['View', 'Pay', 'Dispute', 'Admin'],
];

/** Role names as customers write them; Latin words match whole, Chinese ones anywhere. */
const ROLE_WORDS: Readonly<Record<AccountRole, readonly string[]>> = {
  View: ['view', 'viewer', 'see', 'ver', '查看', '浏览'],
  Pay: ['pay', 'payment', 'pagar', 'pago', '付款', '支付'],
  Dispute: ['dispute', 'disputes', 'reclamar', 'reclamación', 'disputa', '争议', '异议'],
  Admin: ['admin', 'administrator', 'administrador', '管理员'],
};
const ALL_WORDS = ['all', 'all four', 'every', 'todos', 'todo', '全部', '所有'];

/** The roles a reply names ("view and pay", "查看和付款", "todos"), in the SOP's order; empty when none. */
export function rolesIn(text: string): AccountRole[] {
  const t = text.toLowerCase();
  const words = new Set(t.split(/[^\p{L}]+/u).filter(Boolean));
  const has = (w: string) => (/\p{Script=Han}/u.test(w) ? t.includes(w) : words.has(w));
  if (ALL_WORDS.some(has)) return [...ROLES];
  return ROLES.filter((r) => ROLE_WORDS[r].some(has));
}

/** The one e-mail address in a message (shared with the linking dialog). */
export { emailIn } from '../../messageValues.ts';

/** Words that add the named roles to those held, or take them away; otherwise the named roles are the new set. */
const ROLE_CHANGE_CUES: readonly (readonly ['exact' | 'revoke' | 'grant', readonly string[]])[] = [
  ['exact', ['only', 'just', 'change to', 'set to', '只', '仅', '改为', '改成', 'solo', 'solamente', 'únicamente', 'cambia a']],
  ['revoke', ['remove', 'revoke', 'away', 'take off', 'take back', 'without', 'no longer', 'drop', '取消', '撤销', '去掉', '移除', '收回', 'quitar', 'quita', 'quít', 'retira', 'sin ']],
  ['grant', ['give', 'grant', 'add', 'make', 'also', 'promote', '加', '给', '授予', '开通', '设为', '成为', 'dar', 'dale', 'añad', 'agrega', 'hacer', 'haz', 'convierte']],
];

/**
 * The roles a member should have after a message about their roles ("give Victor Pay" → their roles
 * and Pay; "take Dana's Dispute role away" → theirs without it; "only View" → View), in the SOP's
 * order; null when the message names no role.
 */
export function rolesAfter(text: string, held: readonly AccountRole[]): AccountRole[] | null {
  const named = rolesIn(text);
  if (!named.length) return null;
  const t = text.toLowerCase();
  const how = ROLE_CHANGE_CUES.find(([, cues]) => cues.some((c) => t.includes(c)))?.[0] ?? 'exact';
  if (how === 'revoke') return ROLES.filter((r) => held.includes(r) && !named.includes(r));
  if (how === 'grant') return ROLES.filter((r) => held.includes(r) || named.includes(r));
  return named;
}
