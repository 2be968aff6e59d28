/** Chinese role set (team-written from the domain). Tuned on. Format: devFormat.ts (r=, na=, dr=, ask=, s=). */
export const ZH_ROLES_DEV = `
talk_to_agent | 你们太慢了！我的包裹在洛杉矶海关卡了五天，我要投诉 | r=Los Angeles/US:location; s=stuck
lost_or_delayed | 包裹卡在洛杉矶海关好几天了 | r=Los Angeles/US:location; s=stuck
lost_or_delayed | 从上海寄到芝加哥的包裹停在安克雷奇不动了 | r=Shanghai/CN:origin; r=Chicago/US:destination; r=Anchorage/US:location; s=stuck
track_shipment | 物流显示包裹现在在孟菲斯 | r=Memphis/US:location
lost_or_delayed | 寄往北京的快递一直停在广州转运中心 | r=Beijing/CN:destination; r=Guangzhou/CN:location; s=stuck
change_delivery | 麻烦把地址改成上海市浦东新区世纪大道100号 | r=Shanghai/CN:new_address; na=上海市浦东新区世纪大道100号
change_delivery | 包裹改送到深圳南山区科技园 | r=Shenzhen/CN:new_address; na=深圳南山区科技园
change_delivery | 新地址是北京市朝阳区建国路88号 | r=Beijing/CN:new_address; na=北京市朝阳区建国路88号
change_delivery | 寄到杭州的包裹能改寄到苏州吗 | r=Hangzhou/CN:destination; r=Suzhou/CN:new_address; na=苏州
track_shipment | 我的包裹到哪了？ 此致 敬礼 张伟 北京分公司 | r=Beijing/CN:noise; ask=location
track_shipment | 请查一下1Z999AA10123456784 谢谢！—— 李娜 广州市天河区 电话13800000000 | r=Guangzhou/CN:noise
track_shipment | 我的包裹是哪天签收的 | ask=delivery_date
track_shipment | 包裹什么时候能送到 | ask=delivery_date
track_shipment | 寄到成都的包裹签收了吗 | r=Chengdu/CN:destination; ask=status
track_shipment | 是谁签收的 | ask=signed_by
track_shipment | 帮我查查已签收的包裹 | s=delivered
billing | 我的发票逾期了怎么办 |
track_shipment | 3月2日签收的那个包裹 | dr=delivered
track_shipment | 我昨天收到的包裹是从哪里寄来的 | dr=delivered
track_shipment | 上周五寄往东京的包裹到哪了 | r=Tokyo/JP:destination; dr=shipped; ask=location
lost_or_delayed | 快递在成都中转站停了三天 | r=Chengdu/CN:location; s=stuck
track_shipment | 物流显示在香港，什么时候能到新加坡 | r=Hong Kong/HK:location; r=Singapore/SG:destination; ask=delivery_date
billing | 退款一直卡住了 |
track_shipment | 上海发出的包裹现在在哪里 | r=Shanghai/CN:origin; ask=location
`;
