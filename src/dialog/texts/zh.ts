import type { Texts } from './types.ts';

export const zh: Texts = {
  welcome: '您好，我是 Carrier Assist 智能客服。发送运单号（以 1Z 开头）即可查询包裹，或输入“帮助”。',
  greeting: '您好！请问有什么可以帮您？',
  help: '我可以根据 1Z 运单号，或在您登录后根据描述（例如“昨天寄到多伦多的包裹”）查询包裹的状态、最新扫描记录和预计送达时间，也可以为您转接人工客服。您想做什么？',
  helpChoices: [
    { label: '查询包裹', value: '查询包裹' },
    { label: '转人工客服', value: '我要转人工' },
  ],
  thanks: '不客气！还有什么可以帮您？',
  goodbye: '再见，感谢您的使用。',
  askTrackingNumber: '好的，请提供运单号（以 1Z 开头，共 18 位）。',
  invalidTrackingNumber: (numbers) => `运单号 ${numbers.join('、')} 的校验位不正确，请核对面单或收据上的号码。`,
  unknownTrackingNumber: (number) => `没有找到运单号为 ${number} 的包裹。新建的运单可能需要几个小时才能查到，请核对号码或稍后再试。`,
  statusNames: {
    label_created: '已创建运单',
    picked_up: '已揽收',
    in_transit: '运输中',
    out_for_delivery: '派送中',
    delivered: '已签收',
    exception: '异常',
  },
  localTime: {
    local: (time) => `当地时间 ${time}`,
    place: (time, city) => `${city}时间 ${time}`,
    zone: (time, zoneName) => `${zoneName} ${time}`,
  },
  trackingSummary: (f) => {
    const parts = [`${f.trackingNumber}：${zh.statusNames[f.status]}。`];
    if (f.lastEvent) parts.push(`最新动态：${f.lastEvent.at}，${f.lastEvent.place}，${f.lastEvent.description}。`);
    if (f.deliveredAt) parts.push(`签收时间：${f.deliveredAt}。`);
    else if (f.eta && f.etaPassed) parts.push(`原预计 ${f.eta} 送达，目前已延误。`);
    else if (f.eta) parts.push(`预计送达：${f.eta}。`);
    return parts.join('');
  },
  trackingCardTitle: (n) => `包裹 ${n}`,
  cardLabels: {
    status: '状态',
    service: '服务',
    lastEvent: '最新动态',
    eta: '预计送达',
    etaPassed: '原预计送达',
    delivered: '签收时间',
    route: '路线',
    shipped: '寄件日期',
  },
  publicViewNote: '绑定账户后可查看路线、收件人等完整信息。',
  signedBy: (n, r, delivered) =>
    delivered
      ? `${n} 的收件人是 ${r}。我们的派送记录中没有签收人姓名或签名图片，所以无法告诉您是谁签收的；如果 ${r} 没有收到，我可以为您发起查询。`
      : `${n} 尚未送达，还没有人签收。收件人是 ${r}。`,
  speedUp: '已在运输途中的包裹无法加急：服务等级在寄件时已确定，上面的时间是承运商的预计送达时间。如果下一个包裹需要更快送达，请选择 UPS 全球特快（Worldwide Express）；如果这个包裹超过预计时间仍未送达，我可以为您发起查询。',
  declaredValue: (n, v) => `包裹 ${n} 的申报价值为 ${v}。`,
  notOnYourAccounts: (n) => `${n} 不是您账户下的包裹，我只能显示公开查询页面上任何持有运单号的人都能看到的信息。`,
  onlyShipperMayAct: (n) => `只有寄件账户的用户才能修改 ${n} 的派送或为它提交申请，请联系该账户的同事办理。`,
  severalMatches: (n) => `找到 ${n} 个符合条件的包裹，请问是哪一个？`,
  manyMatches: (n, shown) => `共有 ${n} 个符合条件的包裹，最近的 ${shown} 个：`,
  mostRecent: (shown) => `最近的 ${shown} 个：`,
  moreMatches: (n) => `……还有 ${n} 个。告诉我日期、地点或服务类型可以缩小范围。`,
  serviceLevelNames: { express: '特快', next_day: '次日达', second_day: '两日达', three_day: '三日达', saver: '速快', expedited: '快捷', ground: '陆运', standard: '标准', economy: '经济型' },
  parcelLine: (l) => `${l.position}. ${l.trackingNumber}：${l.from} → ${l.to}，${l.shipDate}寄出，${l.status}`,
  parcelChoice: (l) => `寄往${l.toCity}，${l.shortDate}`,
  recentParcels: '这是您最近的包裹，请问是哪一个？',
  noParcelsOnAccount: (a) => `账户 ${a} 目前还没有包裹。`,
  noMatch: (s, a) => {
    const parts = [!s.deliveredDates && s.dates, s.service && `${s.service}服务`, s.from && `从${s.from}`, s.to && `寄往${s.to}`, s.deliveredDates ? `${s.dates}签收` : s.status].filter(Boolean);
    return `在账户 ${a} 中没有找到${parts.join('、')}的包裹。`;
  },
  parcelCount: (n, s, a) => {
    const parts = [!s.deliveredDates && s.dates, s.service && `${s.service}服务`, s.from && `从${s.from}`, s.to && `寄往${s.to}`, s.deliveredDates ? `${s.dates}签收` : s.status].filter(Boolean);
    return n === 0 ? `账户 ${a} 中没有${parts.join('、')}的包裹（0 个）。` : `账户 ${a} 中${parts.join('、')}的包裹共有 ${n} 个。`;
  },
  amongShown: (n, listed, status) => (n === 0 ? `刚才列出的 ${listed} 个包裹中没有${status}的。` : n === listed ? `刚才列出的 ${listed} 个包裹都是${status}：` : `刚才列出的 ${listed} 个包裹中有 ${n} 个${status}：`),
  nearestIntro: '最接近的包裹：',
  arrivals: (delivered, n) => (n === 0 ? '所以也没有要到的包裹。' : delivered === n ? (n === 1 ? '已经签收了。' : `${n} 个都已签收。`) : delivered === 0 ? (n === 1 ? '还没有签收。' : '都还没有签收。') : `其中 ${delivered} 个已签收，${n - delivered} 个还没有。`),
  statusHintNames: { delivered: '已签收', not_delivered: '未签收', stuck: '停滞', exception: '异常', in_transit: '运输中', out_for_delivery: '派送中', damaged: '破损', returned: '退回', in_customs: '在清关', held_in_customs: '被海关扣留', late: '延误' },
  dateRange: (from, to) => (from === to ? `${from}` : `${from}至${to}`),
  lastArrived: (n, s, p) => `${[s.service && `${s.service}服务`, s.from && `从${s.from}`, s.to && `寄往${s.to}`].filter(Boolean).join('、')}的已签收包裹有 ${n} 个，最后送到的是 ${p}，我先按这个包裹处理（如果不是，请发给我它的运单号）：`,
  onlyOneTravelling: (n, s) => `${[s.service && `${s.service}服务`, s.from && `从${s.from}`, s.to && `寄往${s.to}`].filter(Boolean).join('、')}的 ${n} 个包裹中，另外 ${n - 1} 个早前已签收，还在路上的是这一个：`,
  narrowingQuestion: (n, slot) =>
    `有 ${n} 个包裹符合条件。${slot === 'destination' ? '请问寄往哪个城市或国家？' : slot === 'origin' ? '请问从哪个城市寄出？' : '请问是哪天寄出的？'}`,
  needLink: '查询账户中的包裹前，需要先将本聊天绑定到您的账户。请告诉我账户登记的电子邮箱，我会发送 6 位验证码。（也可以直接发送以 1Z 开头的运单号。）',
  codeSent: (m) => `如果该邮箱已登记，6 位验证码已发送至该邮箱，${m} 分钟内有效，请在此输入。`,
  codeRateLimited: '本聊天请求验证码过于频繁，请一小时后再试。',
  linked: (name) => `谢谢，${name}，本聊天已绑定到您的账户。`,
  wrongCode: (n) => `验证码不正确，您还可以尝试 ${n} 次。`,
  codeExpired: '验证码已过期。请再次发送您的邮箱，我会发送新的验证码。',
  codeLocked: '错误次数过多，该验证码已失效。请再次发送您的邮箱获取新的验证码。',
  noCodePending: '我还没有给您发送验证码。请问您账户登记的电子邮箱是什么？',
  whichAccount: '您是多个账户的用户，请问是哪个账户？',
  noAccount: (name) =>
    `${name ? `${name}，您` : '您'}的登录已绑定到本聊天，但目前还不是任何账户的用户，所以没有可以显示的包裹、账单或用户。如需访问，请让贵公司账户的管理员（Admin）在账单中心为您添加（管理 › 管理用户 › 添加新用户）并授予所需角色。问我“怎么获得访问权限”可以查看步骤。`,
  onlyYourAccounts: (own) => `我只能查询您所属账户（${own.join('、')}）的信息，无法查询其他公司或其他公司同事的数据。如有运单号，我可以显示公开查询页面上的信息；账单请联系对方或其账户管理员。`,
  notYourAccount: (a) => `我只能查询您所属账户的信息，账户 ${a} 不在其中。`,
  lostOrDelayed: {
    onTime: (n, eta) => `包裹 ${n} 正在运输中且未延误，预计 ${eta} 送达。请放心，如未按时送达可随时告诉我。`,
    onTimeNoEta: (n) => `包裹 ${n} 正在运输中，目前一切正常。`,
    notHandedOver: (n, at, eta) => `包裹 ${n} 还没有开始运输：寄件人已于 ${at} 创建运单，但我们尚未收到包裹。${eta ? `交寄后预计 ${eta} 送达。` : ''}`,
    traceOffer: (n, silent, late) => `包裹 ${n} 已有 ${silent} 天没有物流更新，已超过预计送达时间 ${late} 天，可能已丢失。需要我为它创建追查工单吗？`,
    deliveredAsk: (n, at) => `包裹 ${n} 已于 ${at} 签收。如果您没有收到，需要我创建追查工单吗？`,
    traceChoices: [
      { label: '需要，请追查', value: '需要' },
      { label: '不用了', value: '不用了' },
    ],
    reasonLate: (d) => `已超过预计送达时间 ${d} 天`,
    reasonStuck: (place, d) => `到了预计送达时间却已在${place}转运中心停留 ${d} 天，已经延误`,
    reasonSilent: (d) => `已有 ${d} 天没有物流更新`,
    reasonException: '在运输途中出现异常',
    damagedNotLost: (tn) => `包裹 ${tn} 没有丢失：我们的网络在运输途中报告它已破损，目前留存待查验。赔偿需要通过破损理赔办理。`,
    reasonDelivered: (at) => `显示已于 ${at} 签收`,
    ticketOpened: (n, reason, ticket) =>
      `包裹 ${n} ${reason}，我已为其创建异常工单 ${ticket}。我们的网络团队会根据运单号和收寄双方的联系方式追查包裹，并在 24 小时内向您更新进展。如收件人有新消息，请直接在这里告诉我。`,
    stillTracing: '网络团队正在追查，会在 24 小时内向您更新进展。',
    claimPath: (v) => `该包裹申报价值为 ${v} 美元，您也可以申请理赔：追查确认丢失后，核实无误 48 小时内先行赔付，无需等待保险公司调查。`,
    cardTitle: (ticket) => `异常工单 ${ticket}`,
    labels: { parcel: '包裹', route: '路线', shipped: '寄件日期', sender: '寄件人', recipient: '收件人' },
  },
  acknowledged: '不客气！还有什么可以帮您？',
  acknowledgedPending: '好的，您准备好了随时告诉我。',
  cancelled: '好的，已经停下了。还有什么可以帮您？',
  nothingToCancel: '好的。还有什么可以帮您？',
  resumeOffer: (what) => `要回到${what}吗？`,
  resumeChoices: [
    { label: '好的，继续', value: '好的' },
    { label: '不用了', value: '不用了' },
  ],
  flowNames: {
    lost_or_delayed: '包裹追查',
    customs_help: '清关问题',
    change_delivery: '更改派送',
    damaged_package: '破损报告',
    billing: '账单问题',
    account_access: '用户权限申请',
    vip_service: 'VIP 服务申请',
    carbon_footprint: '碳排放报告',
    status: '您的包裹',
    default: '刚才的事情',
  },
  correctionSaid: (changes) => `好的，已改为${changes.join('，')}。`,
  correctionPart: (slot, value) =>
    value === null
      ? `不限${slot === 'dateRange' ? '日期' : slot === 'origin' ? '寄出地' : slot === 'destination' ? '目的地' : slot === 'serviceLevels' ? '服务类型' : '状态'}`
      : slot === 'serviceLevels'
        ? `${value}服务`
        : slot === 'dateRange'
        ? `${value}寄出`
        : slot === 'origin'
          ? `从${value}寄出`
          : slot === 'destination'
            ? `寄往${value}`
            : value,
  referenceOutOfRange: (count, position) => `${position && position > count ? `没有第${position}个：` : ''}我列出了 ${count} 个包裹。您指的是哪一个？`,
  referenceOnlyOne: (n) => `这次查询只找到一个包裹：${n}。如果您指的是另一个，请告诉我寄往哪里或哪天寄出，或者发给我运单号。`,
  referenceNothingShown: '我还没有给您列出包裹。您指的是哪个包裹？请告诉我寄往哪里或哪天寄出，或者发给我运单号。',
  contactDetails: (local, intl) => `客服电话 ${local}，24 小时服务，每天都有人，周末也不休息（境外请拨 ${intl}）。我也可以直接在这里为您转接人工客服，之前聊过的内容都会一并转给他们。`,
  contactLines: (local, intl) => `客服电话 ${local} 24 小时服务，每天都有人，周末也不休息（境外请拨 ${intl}）。`,
  contactChoices: [{ label: '在这里转人工', value: '转人工客服' }],
  personOffer: (n, category) =>
    category === 'billing_dispute'
      ? '您之前的争议还在处理中。如果需要，我可以把这个问题转给账单团队的客服人员处理。需要吗？'
      : `如果需要，我也可以把${n ? `包裹 ${n} ` : '这个问题'}转给${category === 'customs' ? '清关团队的' : ''}客服人员处理。需要吗？`,
  notUnderstoodAgain: '抱歉，我还是没有理解。需要我为您转接人工客服吗？也可以发送运单号（以 1Z 开头），我来帮您查询。',
  personOfferChoices: [
    { label: '需要，转人工', value: '需要' },
    { label: '不用了', value: '不用了' },
  ],
  fileWithoutRequest: '已收到您的文件，但目前没有需要文件的请求。我可以接收的文件有：海关要求的单据（商业发票、装箱单）和包裹破损的照片。请先告诉我是哪个包裹（1Z 开头的运单号，或如“寄往多伦多的那个”）以及发生了什么，然后再发一次文件，我会把它附到对应的请求中。',
  notUnderstood: '抱歉，我没有理解您的意思。发送运单号，我就能帮您查询包裹。',
  notAvailableYet: '这项服务暂时还不能在聊天中办理。目前我可以查询您的包裹，或为您转接人工客服。',
  turnFailed: '抱歉，系统出了点问题。您的消息已保存，请稍后再试。',
};
