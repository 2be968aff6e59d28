import type { LocaleWords } from '../types.ts';

/** Chinese words the dialog and flows read a message with (matched inside the message: no spaces between words). */
export const ZH_WORDS: LocaleWords = Object.freeze({
  yesTails: ['联系我', '给我打电话', '打电话', '顾问', '麻烦', '请安排', '谢谢'],
  yes: ['是', '是的', '好', '好的', '可以', '要', '需要', '行', '对', '嗯', '确认', '确定', '对的', '没问题'],
  no: ['不', '不用', '不要', '不需要', '算了', '取消', '不了'],
  ordinals: { 中间: -2, 第一: 1, 第二: 2, 第三: 3, 第四: 4, 第五: 5, 第六: 6, 第七: 7, 第八: 8, 第九: 9, 第十: 10, 最后: -1 },
  contactAsks: ['电话', '热线', '联系方式', '客服号码', '打给你们', '拨打'],
  complaints: ['投诉', '太差', '气死', '不满', '差评', '垃圾', '离谱', '太慢了'],
  unhappy: ['还没', '怎么回事', '失望', '着急', '生气', '丢了', '为什么'],
  pleased: ['谢谢', '太好了'],
  billingActions: {
    dispute: ['异议', '争议', '申诉', '多收', '重复收费', '收错', '不对', '有误', '退款'],
    pay: ['付款', '支付', '缴费', '付钱', '转账', '信用卡', '付一下', '帮我付', '结清'],
    view: ['账单', '发票', '费用', '欠'],
  },
  overdueInvoice: ['逾期'],
  oldestInvoice: ['最早', '最久'],
  latestInvoice: ['最新', '最近一张', '最近那张', '上一张'],
  accessActions: {
    signin: ['密码', '登录', '登不上', '锁'],
    link: ['绑定'],
    explain: ['怎么', '如何', '步骤', '流程', '谁可以添加', '谁能添加', '谁有权添加', '谁可以加'],
    change: ['角色', '权限', '设为', '设成', '成为'],
    remove: ['删除', '删掉', '移除', '撤销', '取消权限'],
    add: ['添加', '新增', '新用户', '开账号', '开通', '邀请'],
    list: ['查看用户', '用户列表', '哪些用户', '谁'],
  },
  roleNames: {
    View: ['查看', '浏览'],
    Pay: ['付款', '支付'],
    Dispute: ['争议', '异议'],
    Admin: ['管理员'],
  },
  allRoles: ['全部', '所有'],
  roleChanges: {
    exact: ['只', '仅', '改为', '改成'],
    revoke: ['取消', '撤销', '去掉', '移除', '收回'],
    grant: ['加', '给', '授予', '开通', '设为', '成为'],
  },
  deliveryChanges: {
    address: ['地址', '门牌', '楼号'],
    reschedule: ['再送', '重新派送', '改期', '派送时间', '改天'],
    access_point: ['快递柜', '自提', '网点', '服务点'],
  },
});
