/**
 * Traditional -> simplified characters common in parcel talk, as pairs "繁简". Folding lets one
 * dictionary, one classifier and chrono's zh.hans serve both scripts. Data, not code.
 */
const PAIRS =
  '週周們们個个裡里裏里這这號号貨货運运續续單单點点麼么東东說说過过還还沒没從从來来關关網网請请嗎吗謝谢幫帮' +
  '遞递達达電电話话帳账賬账戶户碼码為为時时間间問问題题務务費费發发開开機机場场國国際际傳传聯联繫系錯错誤误' +
  '損损壞坏遺遗遲迟進进報报稅税轉转讓让禮礼見见會会員员環环氣气記记錄录處处寫写買买賣卖訂订錢钱補补償偿賠赔' +
  '紐纽倫伦臺台灣湾廣广韓韩馬马亞亚蘭兰爾尔門门約约華华頓顿溫温舊旧奧奥義义羅罗蘇苏廈厦漢汉瀋沈遼辽寧宁陽阳' +
  '雲云貴贵滬沪區区鄉乡鎮镇縣县龍龙豐丰頭头顯显態态狀状況况簽签櫃柜將将經经實实爛烂濕湿內内壓压託托護护證证' +
  '驗验據据許许歡欢別别幾几兩两種种樣样對对應应該该誰谁條条張张筆笔額额價价結结劃划撥拨線线識识設设權权鎖锁' +
  '協协詢询尋寻覽览著着給给專专屬属級级賓宾綠绿減减質质紙纸擔担憂忧慮虑煩烦隊队總总導导論论願愿車车飛飞鐵铁' +
  '樂乐飯饭廳厅館馆醫医療疗藥药讀读書书學学習习計计腦脑視视聽听變变動动換换擇择選选項项預预準准備备則则規规' +
  '險险測测確确認认順顺郵邮濟济愛爱絲丝綫线麵面圖图餘余億亿萬万雙双邊边麗丽產产業业廠厂倉仓庫库漿浆簡简體体' +
  '語语與与無无寶宝這这舉举聲声鐘钟點点鬧闹壞坏嘆叹啟启係系貨货態态並并' +
  '後后';

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
})();
