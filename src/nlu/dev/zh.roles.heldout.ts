/** HELD OUT: Chinese role cases, never tuned on. Evaluated and printed apart. */
export const ZH_ROLES_HELD_OUT = `
lost_or_delayed | 我的包裹滞留在法兰克福好几天了 | r=Frankfurt am Main/DE:location; s=stuck
customs_help | 从日本寄来的包裹被扣在上海海关 | r=Japan/JP:origin; r=Shanghai/CN:location; s=exception
change_delivery | 能不能把包裹改送到南京市鼓楼区中山路1号 | r=Nanjing/CN:new_address; na=南京市鼓楼区中山路1号
track_shipment | 寄往伦敦的包裹哪天能到 | r=London/GB:destination; ask=delivery_date
track_shipment | 我的快递在哪里？ 祝好 王芳 上海分公司 | r=Shanghai/CN:noise; ask=location
track_shipment | 寄到武汉的包裹送到了吗 | r=Wuhan/CN:destination; ask=status
track_shipment | 签收人是谁 | ask=signed_by
track_shipment | 查一下已经送达的包裹 | s=delivered
lost_or_delayed | 包裹一直停在迪拜转运中心 | r=Dubai/AE:location; s=stuck
change_delivery | 新地址：广州市越秀区北京路50号 | r=Guangzhou/CN:new_address; na=广州市越秀区北京路50号
track_shipment | 昨天签收的包裹是从深圳寄来的吗 | r=Shenzhen/CN:origin; dr=delivered
track_shipment | 包裹现在在首尔吗 | r=Seoul/KR:location; ask=location
billing | 付款被退回了 |
track_shipment | 寄到巴黎的包裹什么时候签收 | r=Paris/FR:destination; ask=delivery_date
lost_or_delayed | 从纽约寄来的货卡在阿姆斯特丹 | r=New York/US:origin; r=Amsterdam/NL:location; s=stuck
track_shipment | 上周一收到的那个包裹 | dr=delivered
`;
