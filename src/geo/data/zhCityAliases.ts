/**
 * Chinese names of major cities (GeoNames' npm data has none), as "中文名|English name|ISO2".
 * Entries are separated by white space before a Han character. Simplified only: traditional input is folded to simplified before lookup. Data, not code.
 */
export const ZH_CITY_ALIASES: readonly string[] = `
北京|Beijing|CN 上海|Shanghai|CN 广州|Guangzhou|CN 深圳|Shenzhen|CN 天津|Tianjin|CN 重庆|Chongqing|CN
成都|Chengdu|CN 武汉|Wuhan|CN 杭州|Hangzhou|CN 南京|Nanjing|CN 西安|Xi'an|CN 苏州|Suzhou|CN 郑州|Zhengzhou|CN
长沙|Changsha|CN 青岛|Qingdao|CN 沈阳|Shenyang|CN 大连|Dalian|CN 厦门|Xiamen|CN 宁波|Ningbo|CN 无锡|Wuxi|CN
东莞|Dongguan|CN 佛山|Foshan|CN 合肥|Hefei|CN 福州|Fuzhou|CN 济南|Jinan|CN 昆明|Kunming|CN 哈尔滨|Harbin|CN
长春|Changchun|CN 石家庄|Shijiazhuang|CN 南宁|Nanning|CN 南昌|Nanchang|CN 贵阳|Guiyang|CN 太原|Taiyuan|CN
兰州|Lanzhou|CN 乌鲁木齐|Urumqi|CN 呼和浩特|Hohhot|CN 海口|Haikou|CN 三亚|Sanya|CN 拉萨|Lhasa|CN 西宁|Xining|CN
银川|Yinchuan|CN 珠海|Zhuhai|CN 惠州|Huizhou|CN 汕头|Shantou|CN 温州|Wenzhou|CN 义乌|Yiwu|CN
金华|Jinhua|CN 绍兴|Shaoxing|CN 嘉兴|Jiaxing|CN 台州|Taizhou|CN 常州|Changzhou|CN 南通|Nantong|CN 徐州|Xuzhou|CN
扬州|Yangzhou|CN 烟台|Yantai|CN 潍坊|Weifang|CN 临沂|Linyi|CN 唐山|Tangshan|CN 保定|Baoding|CN 洛阳|Luoyang|CN
泉州|Quanzhou|CN 莆田|Putian|CN 漳州|Zhangzhou|CN 江门|Jiangmen|CN 湛江|Zhanjiang|CN 桂林|Guilin|CN 柳州|Liuzhou|CN
绵阳|Mianyang|CN 宜昌|Yichang|CN 襄阳|Xiangyang|CN 芜湖|Wuhu|CN 赣州|Ganzhou|CN 包头|Baotou|CN 大庆|Daqing|CN
吉林|Jilin|CN 鞍山|Anshan|CN 威海|Weihai|CN 日照|Rizhao|CN 淄博|Zibo|CN 秦皇岛|Qinhuangdao|CN 廊坊|Langfang|CN
昆山|Kunshan|CN 香港|Hong Kong|HK 澳门|Macau|MO 台北|Taipei|TW 新北|New Taipei|TW 台中|Taichung|TW 高雄|Kaohsiung|TW
台南|Tainan|TW 桃园|Taoyuan|TW 新竹|Hsinchu|TW
纽约|New York|US 洛杉矶|Los Angeles|US 旧金山|San Francisco|US 三藩市|San Francisco|US 芝加哥|Chicago|US
西雅图|Seattle|US 波士顿|Boston|US 华盛顿|Washington|US 休斯顿|Houston|US 达拉斯|Dallas|US 迈阿密|Miami|US
亚特兰大|Atlanta|US 费城|Philadelphia|US 拉斯维加斯|Las Vegas|US 圣地亚哥|San Diego|US 圣何塞|San Jose|US
底特律|Detroit|US 丹佛|Denver|US 凤凰城|Phoenix|US 奥兰多|Orlando|US 孟菲斯|Memphis|US 路易斯维尔|Louisville|US
安克雷奇|Anchorage|US 檀香山|Honolulu|US 波特兰|Portland|US 明尼阿波利斯|Minneapolis|US 新泽西|Newark|US 纽瓦克|Newark|US
多伦多|Toronto|CA 温哥华|Vancouver|CA 蒙特利尔|Montreal|CA 卡尔加里|Calgary|CA 渥太华|Ottawa|CA
墨西哥城|Mexico City|MX 瓜达拉哈拉|Guadalajara|MX 蒙特雷|Monterrey|MX 圣保罗|São Paulo|BR 里约热内卢|Rio de Janeiro|BR
布宜诺斯艾利斯|Buenos Aires|AR 利马|Lima|PE 波哥大|Bogotá|CO 圣地亚哥智利|Santiago|CL
伦敦|London|GB 曼彻斯特|Manchester|GB 伯明翰|Birmingham|GB 爱丁堡|Edinburgh|GB 巴黎|Paris|FR 马赛|Marseille|FR
里昂|Lyon|FR 柏林|Berlin|DE 慕尼黑|Munich|DE 法兰克福|Frankfurt am Main|DE 汉堡|Hamburg|DE 科隆|Köln|DE
杜塞尔多夫|Düsseldorf|DE 斯图加特|Stuttgart|DE 莱比锡|Leipzig|DE 阿姆斯特丹|Amsterdam|NL 鹿特丹|Rotterdam|NL
布鲁塞尔|Brussels|BE 安特卫普|Antwerpen|BE 卢森堡|Luxembourg|LU 马德里|Madrid|ES 巴塞罗那|Barcelona|ES
瓦伦西亚|Valencia|ES 里斯本|Lisbon|PT 罗马|Rome|IT 米兰|Milan|IT 威尼斯|Venice|IT 那不勒斯|Naples|IT
苏黎世|Zürich|CH 日内瓦|Geneva|CH 巴塞尔|Basel|CH 维也纳|Vienna|AT 布拉格|Prague|CZ 华沙|Warsaw|PL
布达佩斯|Budapest|HU 哥本哈根|Copenhagen|DK 斯德哥尔摩|Stockholm|SE 奥斯陆|Oslo|NO 赫尔辛基|Helsinki|FI
都柏林|Dublin|IE 雅典|Athens|GR 伊斯坦布尔|Istanbul|TR 莫斯科|Moscow|RU 圣彼得堡|Saint Petersburg|RU
基辅|Kyiv|UA 迪拜|Dubai|AE 阿布扎比|Abu Dhabi|AE 多哈|Doha|QA 利雅得|Riyadh|SA 特拉维夫|Tel Aviv|IL
开罗|Cairo|EG 约翰内斯堡|Johannesburg|ZA 开普敦|Cape Town|ZA 内罗毕|Nairobi|KE 拉各斯|Lagos|NG
东京|Tokyo|JP 大阪|Osaka|JP 名古屋|Nagoya|JP 京都|Kyoto|JP 横滨|Yokohama|JP 福冈|Fukuoka|JP 札幌|Sapporo|JP
首尔|Seoul|KR 釜山|Busan|KR 仁川|Incheon|KR 新加坡|Singapore|SG 曼谷|Bangkok|TH 吉隆坡|Kuala Lumpur|MY
雅加达|Jakarta|ID 马尼拉|Manila|PH 河内|Hanoi|VN 胡志明市|Ho Chi Minh City|VN 胡志明|Ho Chi Minh City|VN
金边|Phnom Penh|KH 仰光|Yangon|MM 孟买|Mumbai|IN 新德里|New Delhi|IN 德里|Delhi|IN 班加罗尔|Bengaluru|IN
金奈|Chennai|IN 加尔各答|Kolkata|IN 卡拉奇|Karachi|PK 达卡|Dhaka|BD 科伦坡|Colombo|LK
悉尼|Sydney|AU 墨尔本|Melbourne|AU 布里斯班|Brisbane|AU 珀斯|Perth|AU 阿德莱德|Adelaide|AU 奥克兰|Auckland|NZ
惠灵顿|Wellington|NZ
`
  .split(/\s+(?=\p{Script=Han})/u)
  .map((entry) => entry.trim())
  .filter(Boolean);
