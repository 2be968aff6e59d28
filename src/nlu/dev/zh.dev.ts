/** Chinese dev set (team-written; simplified, traditional, chat style, typos, mixed script). Now: 2025-03-20 18:00 Asia/Shanghai. */
export const ZH_TIME_ZONE = 'Asia/Shanghai';

export const ZH_DEV = `
# track_shipment
track_shipment | 我要查2025年3月15日从上海寄往纽约的包裹 | d=2025-03-15; o=Shanghai/CN; to=New York/US; r=Shanghai/CN:origin; r=New York/US:destination
track_shipment | 上周三寄到北京的快递到哪了 | d=2025-03-12; to=Beijing/CN; r=Beijing/CN:destination
track_shipment | 帮我查一下寄到New York的包裹 | to=New York/US; r=New York/US:destination
track_shipment | 我的快递到哪了 | 
track_shipment | 查一下1Z999AA10123456784 | t=1Z999AA10123456784
track_shipment | 单号1z4x7y9z0276543210帮我看看 | t=1Z4X7Y9Z0276543210
track_shipment | 昨天寄到广州的件到了吗 | d=2025-03-19; to=Guangzhou/CN; r=Guangzhou/CN:destination
track_shipment | 前天从深圳发出的包裹现在在哪 | d=2025-03-18; o=Shenzhen/CN; r=Shenzhen/CN:origin
track_shipment | 3天前寄去成都的快递 | d=2025-03-17; to=Chengdu/CN; r=Chengdu/CN:destination
track_shipment | 上个月寄到伦敦的包裹到了没 | d=2025-02-01..2025-02-28; to=London/GB; r=London/GB:destination
track_shipment | 本周一从杭州寄出的东西到哪了 | d=2025-03-17; o=Hangzhou/CN; r=Hangzhou/CN:origin
track_shipment | 上周寄往东京的快递查一下 | d=2025-03-10..2025-03-16; to=Tokyo/JP; r=Tokyo/JP:destination
track_shipment | 3月15号寄到巴黎的包裹 | d=2025-03-15; to=Paris/FR; r=Paris/FR:destination
track_shipment | 上海到洛杉矶的件到哪了 | o=Shanghai/CN; to=Los Angeles/US; r=Shanghai/CN:origin; r=Los Angeles/US:destination
track_shipment | 北京寄来的包裹什么时候到 | o=Beijing/CN; r=Beijing/CN:origin
track_shipment | 帮我查下快递 | 
track_shipment | 我的包裹到哪儿了啊 | 
track_shipment | 快递啥时候能到 | 
track_shipment | 查件 1ZA1B2C30112345677 | t=1ZA1B2C30112345677
track_shipment | 寄到悉尼的包裹预计几号到 | to=Sydney/AU; r=Sydney/AU:destination
track_shipment | 从香港寄到新加坡的货到哪了 | o=Hong Kong/HK; to=Singapore/SG; r=Hong Kong/HK:origin; r=Singapore/SG:destination
track_shipment | 这周二寄到南京的快递 | d=2025-03-18; to=Nanjing/CN; r=Nanjing/CN:destination
track_shipment | 我昨天寄的包裹到了吗 | d=2025-03-19
track_shipment | 看看我这个月寄的所有包裹 | d=2025-03-01..2025-03-31
track_shipment | 列出我上个月的发货 | d=2025-02-01..2025-02-28
track_shipment | 寄往首尔的快递到哪了 | to=Seoul/KR; r=Seoul/KR:destination
track_shipment | 从广州发到迪拜的货物状态 | o=Guangzhou/CN; to=Dubai/AE; r=Guangzhou/CN:origin; r=Dubai/AE:destination
track_shipment | 查询寄到多伦多的包裹 | to=Toronto/CA; r=Toronto/CA:destination
track_shipment | 发往温哥华的快递现在什么状态 | to=Vancouver/CA; r=Vancouver/CA:destination
track_shipment | 我在上周五寄到武汉的东西 | d=2025-03-14; to=Wuhan/CN; r=Wuhan/CN:destination
track_shipment | 寄到美国的包裹到哪了 | to=United States/US; r=United States/US:destination
track_shipment | 发到日本的快递什么时候能到 | to=Japan/JP; r=Japan/JP:destination
track_shipment | 从德国寄来的包裹到哪了 | o=Germany/DE; r=Germany/DE:origin
track_shipment | 包裹到哪了 | 
track_shipment | 我的件呢 | 
track_shipment | 帮忙查一下我的物流 | 
track_shipment | 查快递 | 
track_shipment | 快遞到哪裡了 | 
track_shipment | 我上週三寄到台北的包裹 | d=2025-03-12; to=Taipei/TW; r=Taipei/TW:destination
track_shipment | 幫我查一下寄到香港的貨 | to=Hong Kong/HK; r=Hong Kong/HK:destination
track_shipment | 從上海寄往倫敦的包裹到了嗎 | o=Shanghai/CN; to=London/GB; r=Shanghai/CN:origin; r=London/GB:destination
track_shipment | 包裹现在在哪个城市 | 
track_shipment | 预计送达时间是什么时候 | 
track_shipment | 我想知道包裹什么时候到 | 
track_shipment | 寄到芝加哥的包裹到哪了 | to=Chicago/US; r=Chicago/US:destination
track_shipment | 从纽约寄来的快递到了没 | o=New York/US; r=New York/US:origin
track_shipment | 2月28日寄到西雅图的包裹 | d=2025-02-28; to=Seattle/US; r=Seattle/US:destination
track_shipment | 12月30日寄往墨尔本的件 | d=2024-12-30; to=Melbourne/AU; r=Melbourne/AU:destination
track_shipment | 帮我看一下寄到San Francisco的快递 | to=San Francisco/US; r=San Francisco/US:destination
track_shipment | 从London寄来的包裹到哪了 | o=London/GB; r=London/GB:origin
track_shipment | 寄到大阪的包裹显示运输中，现在到哪了 | to=Osaka/JP; r=Osaka/JP:destination
track_shipment | 我要查包裹 | 
track_shipment | 查一下物流信息 | 
track_shipment | 跟踪一下这个单号1Z9K8J7H1124681355 | t=1Z9K8J7H1124681355
track_shipment | 我的货到哪里了呀 | 
track_shipment | 深圳到纽约的快递 | o=Shenzhen/CN; to=New York/US; r=Shenzhen/CN:origin; r=New York/US:destination
track_shipment | 寄去重庆的包裹到了没有 | to=Chongqing/CN; r=Chongqing/CN:destination
track_shipment | 帮我查查昨天寄到厦门的件 | d=2025-03-19; to=Xiamen/CN; r=Xiamen/CN:destination
track_shipment | 上个星期寄到西安的快递 | d=2025-03-10..2025-03-16; to=Xi'an/CN; r=Xi'an/CN:destination
track_shipment | 今天寄的包裹能查到吗 | d=2025-03-20
track_shipment | 这个包裹到哪了 1Z7R6T5Y6513579241 | t=1Z7R6T5Y6513579241
track_shipment | 从苏州寄到伦敦的件，查一下 | o=Suzhou/CN; to=London/GB; r=Suzhou/CN:origin; r=London/GB:destination
track_shipment | 寄到曼谷的包裹啥时候到啊 | to=Bangkok/TH; r=Bangkok/TH:destination
track_shipment | 发往阿姆斯特丹的货到哪了 | to=Amsterdam/NL; r=Amsterdam/NL:destination
track_shipment | 看下我的快递 | 
track_shipment | 我发的货现在到哪了 | 
track_shipment | 帮我查一下寄到法国的包裹 | to=France/FR; r=France/FR:destination
track_shipment | 寄到英国的快递到了吗 | to=United Kingdom/GB; r=United Kingdom/GB:destination
track_shipment | 查一下我寄到韩国的快递 | to=South Korea/KR; r=South Korea/KR:destination
track_shipment | 上上个月的包裹也能查吗 | d=2025-01-01..2025-01-31
track_shipment | 我的包裹在哪 | 
track_shipment | 快递到了没 | 
track_shipment | 包裹啥时候到 | 
track_shipment | 從台北寄來的包裹到哪了 | o=Taipei/TW; r=Taipei/TW:origin
track_shipment | 快递查询 | 
track_shipment | 周一寄到天津的快递到哪了 | d=2025-03-17; to=Tianjin/CN; r=Tianjin/CN:destination
track_shipment | 帮我查下前天寄到青岛的包裹 | d=2025-03-18; to=Qingdao/CN; r=Qingdao/CN:destination
# lost_or_delayed
lost_or_delayed | 我的包裹丢了 | 
lost_or_delayed | 快递一直没到 | 
lost_or_delayed | 寄到北京的包裹还没到 | to=Beijing/CN; r=Beijing/CN:destination
lost_or_delayed | 物流三天没更新了 | 
lost_or_delayed | 显示已签收但是我没收到 | 
lost_or_delayed | 包裹卡在中转站好几天没动 | 
lost_or_delayed | 上周寄到上海的快递到现在还没到 | d=2025-03-10..2025-03-16; to=Shanghai/CN; r=Shanghai/CN:destination
lost_or_delayed | 快递延误了怎么办 | 
lost_or_delayed | 我的件是不是寄丢了 | 
lost_or_delayed | 1Z999AA10123456784一直不动 | t=1Z999AA10123456784
lost_or_delayed | 东西好久都没到 | 
lost_or_delayed | 从深圳发到纽约的货卡住了 | o=Shenzhen/CN; to=New York/US; r=Shenzhen/CN:origin; r=New York/US:destination
lost_or_delayed | 包裹超时了还没送到 | 
lost_or_delayed | 快递太慢了吧 | 
lost_or_delayed | 说好昨天到的 | d=2025-03-19
lost_or_delayed | 怎么还没到啊 | 
lost_or_delayed | 包裹找不到了 | 
lost_or_delayed | 我要报丢件 | 
lost_or_delayed | 物流信息停了一周了 | 
lost_or_delayed | 快递一直显示运输中但是不动 | 
lost_or_delayed | 寄到巴黎的包裹延误了 | to=Paris/FR; r=Paris/FR:destination
lost_or_delayed | 包裹签收了但不是我签的 | 
lost_or_delayed | 货丢了谁负责 | 
lost_or_delayed | 都两个星期了还没收到 | 
lost_or_delayed | 快遞延誤了 | 
lost_or_delayed | 包裹一直沒有更新 | 
lost_or_delayed | 我的快递丢件了 | 
lost_or_delayed | 上个月寄的东西到现在都没收到 | d=2025-02-01..2025-02-28
lost_or_delayed | 快递停在转运中心不动了 | 
lost_or_delayed | 包裹迟迟没到 | 
lost_or_delayed | 延误好几天了 | 
lost_or_delayed | 说是已送达，其实没收到 | 
lost_or_delayed | 寄到东京的件丢了 | to=Tokyo/JP; r=Tokyo/JP:destination
lost_or_delayed | 快递怎么这么久还没到 | 
lost_or_delayed | 包裹被弄丢了 | 
# damaged_package
damaged_package | 包裹破损了 | 
damaged_package | 收到的东西碎了 | 
damaged_package | 快递盒被压坏了 | 
damaged_package | 寄到上海的花瓶摔碎了 | to=Shanghai/CN; r=Shanghai/CN:destination
damaged_package | 里面的手机屏幕裂了 | 
damaged_package | 包装破了东西也坏了 | 
damaged_package | 我要申请破损赔偿 | 
damaged_package | 箱子被压扁了 | 
damaged_package | 货物损坏了怎么办 | 
damaged_package | 东西到手就是坏的 | 
damaged_package | 收到的包裹湿透了 | 
damaged_package | 1Z999AA10123456784的货坏了 | t=1Z999AA10123456784
damaged_package | 杯子全碎了 | 
damaged_package | 外箱破损严重 | 
damaged_package | 包裹損壞了 | 
damaged_package | 从北京寄来的东西摔坏了 | o=Beijing/CN; r=Beijing/CN:origin
damaged_package | 快递被暴力运输，东西坏了 | 
damaged_package | 昨天收到的包裹是破的 | d=2025-03-19
# customs_help
customs_help | 包裹被海关扣了 | 
customs_help | 清关要什么材料 | 
customs_help | 关税怎么交 | 
customs_help | 寄到美国要交关税吗 | to=United States/US; r=United States/US:destination
customs_help | 海关让我补资料 | 
customs_help | 清关需要几天 | 
customs_help | 从日本寄来的包裹要交税吗 | o=Japan/JP; r=Japan/JP:origin
customs_help | 报关要填什么 | 
customs_help | 进口税是多少 | 
customs_help | 包裹在海关卡着 | 
customs_help | 清关进度查询 | 
customs_help | 海關扣貨了 | 
customs_help | 关税谁付 | 
customs_help | 商业发票清关用的怎么写 | 
customs_help | 被海关查验了 | 
# change_delivery
change_delivery | 我想改一下收货地址 | 
change_delivery | 地址写错了 | 
change_delivery | 明天再送一次可以吗 | d=2025-03-21
change_delivery | 放到快递柜就行 | 
change_delivery | 能不能改到周六送 | d=2025-03-22
change_delivery | 我不在家，改天再送 | 
change_delivery | 帮我把包裹转寄到公司 | 
change_delivery | 我要自己去网点取件 | 
change_delivery | 收件地址需要修改 | 
change_delivery | 重新派送 | 
change_delivery | 派送时间能改吗 | 
change_delivery | 收件人电话填错了 | 
change_delivery | 改地址 1Z999AA10123456784 | t=1Z999AA10123456784
change_delivery | 能送到自提点吗 | 
change_delivery | 地址錯了要改 | 
change_delivery | 门牌号写错了怎么改 | 
# billing
billing | 账单有问题 | 
billing | 为什么扣了我两次钱 | 
billing | 帮我开个发票 | 
billing | 上个月的账单 | d=2025-02-01..2025-02-28
billing | 运费怎么这么贵 | 
billing | 付款方式有哪些 | 
billing | 付款一直失败 | 
billing | 这笔费用我要申诉 | 
billing | 能用微信支付吗 | 
billing | 发票在哪下载 | 
billing | 多收了我的钱 | 
billing | 附加费是什么意思 | 
billing | 帳單金額不對 | 
billing | 怎么付账 | 
billing | 退一下多收的运费 | 
# account_access
account_access | 密码忘了 | 
account_access | 登不上去了 | 
account_access | 怎么重置密码 | 
account_access | 帮同事开个账号 | 
account_access | 删除离职员工的账户权限 | 
account_access | 账户被锁定了 | 
account_access | 验证码收不到 | 
account_access | 注册不了 | 
account_access | 把他设成管理员 | 
account_access | 登錄不上 | 
account_access | 怎么添加用户 | 
account_access | 修改用户权限 | 
# account_number
account_number | 我的账号是多少 | 
account_number | 账号在哪里看 | 
account_number | 我的账号是4X7Y9Z | a=4X7Y9Z
account_number | 客户号A1B2C3 | a=A1B2C3
account_number | 帐号忘记了 | 
account_number | 账户号码怎么查 | 
account_number | 9K8J7H | a=9K8J7H
account_number | 我的寄件人编号是7R6T5Y | a=7R6T5Y
# vip_service
vip_service | VIP服务怎么开通 | 
vip_service | 我想要一个专属客户经理 | 
vip_service | 企业VIP多少钱一年 | 
vip_service | 大客户有什么优惠 | 
vip_service | 怎么成为高级会员 | 
vip_service | 专属服务有哪些 | 
vip_service | vip有啥权益 | 
# carbon_footprint
carbon_footprint | 我的碳排放是多少 | 
carbon_footprint | 上个月的碳足迹 | d=2025-02-01..2025-02-28
carbon_footprint | 有没有碳中和的选项 | 
carbon_footprint | 二氧化碳排放报告 | 
carbon_footprint | 怎么减少物流碳排放 | 
carbon_footprint | 环保运输有吗 | 
carbon_footprint | 碳足跡查詢 | 
# talk_to_agent
talk_to_agent | 转人工 | 
talk_to_agent | 人工客服 | 
talk_to_agent | 我要投诉 | 
talk_to_agent | 找个真人跟我说 | 
talk_to_agent | 客服电话多少 | 
talk_to_agent | 我要投诉你们的快递员 | 
talk_to_agent | 让你们经理来 | 
talk_to_agent | 机器人没用，转人工 | 
talk_to_agent | 能跟人工聊吗 | 
talk_to_agent | 怎么联系客服 | 
talk_to_agent | 轉人工 | 
talk_to_agent | 人工人工人工 | 
# greeting / thanks / goodbye / help
greeting | 你好 | 
greeting | 您好 | 
greeting | 在吗 | 
greeting | 早上好 | 
greeting | 哈喽 | 
greeting | 你好啊 | 
thanks | 谢谢 | 
thanks | 多谢了 | 
thanks | 谢谢你 | 
thanks | 好的，谢谢 | 
thanks | 感谢 | 
thanks | 謝謝 | 
goodbye | 再见 | 
goodbye | 拜拜 | 
goodbye | 好的再见 | 
goodbye | 没事了 拜拜 | 
help | 帮助 | 
help | 你能干什么 | 
help | 有哪些功能 | 
help | 怎么用这个 | 
# out_of_scope
out_of_scope | 今天天气怎么样 | 
out_of_scope | 给我讲个笑话 | 
out_of_scope | 附近有什么好吃的 | 
out_of_scope | 帮我订张机票 | 
out_of_scope | 股票今天涨了吗 | 
out_of_scope | 你几岁了 | 
out_of_scope | 放首歌 | 
out_of_scope | 红烧肉怎么做 | 
out_of_scope | 明天下雨吗 | 
out_of_scope | 推荐个电影 | 
out_of_scope | 我想买件衣服 | 
out_of_scope | 二加三等于多少 | 
out_of_scope | 你喜欢猫吗 | 
out_of_scope | 北京有什么好玩的 | 

# 追问、单说的日子、更正和只答地名（对话的上下文轮次）
track_shipment | 那寄到北京的呢？ | to=Beijing/CN; r=Beijing/CN:destination
track_shipment | 还有寄往上海的那个 | to=Shanghai/CN; r=Shanghai/CN:destination
track_shipment | 那从广州寄来的呢 | o=Guangzhou/CN; r=Guangzhou/CN:origin
track_shipment | 昨天寄的那个呢 | d=2025-03-19
track_shipment | 15号 | d=2025-03-15
track_shipment | 14日 | d=2025-03-14
track_shipment | 是18号寄的 | d=2025-03-18
track_shipment | 二十一号寄的 | d=2025-02-21
track_shipment | 不是上海，是深圳 | p=Shenzhen/CN; n=Shanghai/CN
track_shipment | 不是从上海寄的，是从深圳寄的 | o=Shenzhen/CN; n=Shanghai/CN; r=Shenzhen/CN:origin
track_shipment | 不是寄到北京，是寄到天津 | to=Tianjin/CN; n=Beijing/CN; r=Tianjin/CN:destination
track_shipment | 伦敦 | to=London/GB; p=London/GB; r=London/GB:destination
`;
