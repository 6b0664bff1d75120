/**
 * Place names that are also everyday words or generic names (data): a heading made of one of these alone may
 * not name a place, so lookupPlace marks it `ambiguous`. Only words that are a place's short or full name matter;
 * a short form shared by unrelated places (鼓楼) is ambiguous without being listed.
 */
export const GENERIC_PLACE_WORDS = [
  // generic district names: 城区 (Shanxi), 东区 (Hong Kong, Panzhihua, Taiwan)
  '城区', '郊区', '矿区', '东区', '西区', '南区', '北区', '中区', '城关', '城中', '城东', '城西', '城南', '城北', '市中', '新城', '老城', '开发', '高新',
  // words of reports and slogans that are also names of places
  '和平', '长安', '新华', '向阳', '红旗', '白云', '永安', '平安', '安全', '文明', '发展', '建设', '东方', '中山', '朝阳', '金山', '青山', '宝山',
  '解放', '前进', '胜利', '光明', '东风', '振兴', '新兴', '合作', '公安', '大方', '富民', '安居', '长寿', '康乐', '同心', '资源', '通道', '延长',
  '平和', '吉利', '元宝', '三元', '上街', '中原', '江南', '江北', '河东', '河西', '友好', '民主', '团结', '大同', '太平', '安定', '永和', '新民',
] as const;
