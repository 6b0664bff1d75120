/**
 * A small Simplified → Traditional converter for tests: the pairs cover the characters of the sample
 * fixture (its department names and prose) whose Simplified form Big5 cannot hold, plus common ones it can.
 * A character without a pair stays as it is, so check the result with `roundTrips(text, 'big5')`.
 */
const PAIRS =
  // Big5 cannot hold the Simplified form of these
  '报報讯訊记記刘劉对對严嚴杂雜势勢区區级級应應结結红紅维維办辦劲勁员員闻聞线線战戰击擊挥揮开開关關辆輛调調传傳' +
  '时時检檢测測杀殺转轉纪紀监監坚堅贯貫组組当當为為问問题題访訪围圍绕繞项項进進违違现現续續释釋责責拨撥费費专專' +
  '层層积積贡貢过過议議书書垒壘产產锋鋒举舉赢贏职職签簽请請筛篩选選昼晝奋奮纾紓难難内內诉訴筹籌单單饮飲紧緊资資' +
  '协協畅暢证證库庫满滿绿綠场場创創来來艰艱细細财財队隊馆館计計础礎购購们們岗崗负負乡鄉断斷归歸审審领領导導话話' +
  '厅廳综綜执執谋謀环環卫衛预預闭閉尽盡逻邏辖轄验驗认認驻駐讲講舆輿论論楼樓营營买買额額暂暫贸貿稳穩劝勸妇婦识識' +
  '觉覺规規径徑闸閘践踐写寫辅輔数數夺奪铮錚税稅键鍵换換须須热熱虽雖静靜链鏈许許说說图圖态態显顯驾駕顾顧诠詮针針' +
  '杨楊饭飯' +
  // iconv-lite writes the Simplified form of these as HKSCS codes, which the WHATWG Big5 decoder reads as private use
  '动動响響织織护護实實广廣风風炼煉参參备備间間达達运運决決彻徹会會强強担擔随隨块塊险險况況义義号號点點献獻' +
  '联聯头頭类類汹洶冲衝从從轮輪园園递遞无無团團温溫医醫际際墙牆国國变變见見电電询詢帮幫启啟学學输輸户戶减減' +
  '粮糧药藥边邊铜銅铁鐵争爭样樣沟溝拟擬盖蓋属屬着著' +
  // Big5 holds both forms of these; the Traditional one makes the text read as Traditional
  '经經发發党黨济濟宁寧务務体體业業众眾设設农農统統万萬亿億吨噸个個处處两兩条條这這与與东東车車门門长長';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i] as string, PAIRS[i + 1] as string);

/** `区党政办公室` → `區黨政辦公室`. */
export const toTraditional = (text: string): string => [...text].map((c) => MAP.get(c) ?? c).join('');
