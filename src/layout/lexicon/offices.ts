/**
 * Offices a speaker line names after the unit (data): `江苏省政协主席 张某某`, `国家法官学院原教务长  孙世光`,
 * `重庆市高级人民法院党组副书记、副院长  黄明耀`, `生态环境部部长李干杰：…`. The unit is what is left when the
 * offices, their modifiers and the person are taken off the end.
 */

/** Office titles, longest first where one ends another (`副院长` is `副` + `院长`: modifiers are separate). */
export const OFFICE_TITLES = [
  // heads of units
  '主席', '部长', '局长', '署长', '厅长', '司长', '院长', '庭长', '处长', '科长', '所长', '主任', '书记', '秘书长', '会长', '理事长',
  '行长', '社长', '馆长', '团长', '队长', '站长', '校长', '园长', '检察长', '董事长', '总经理', '经理', '总裁', '总监', '总编辑',
  '教务长', '省长', '市长', '县长', '区长', '州长', '镇长', '乡长', '村长', '主委', '主任委员',
  // members and roles
  '委员', '常委', '咨委', '成员', '代表', '发言人', '负责人', '巡视员', '调研员', '审判员', '法官', '检察官', '院士', '教授',
  '研究员', '总设计师', '总工程师', '总指挥', '首席科学家', '主任医师', '医师', '护士长', '党组成员', '董事', '监事',
] as const;

/** Words that stand before an office and belong to it: `副院长`, `党组副书记`, `原教务长`, `常务副县长`. */
export const OFFICE_MODIFIERS = ['常务', '执行', '名誉', '首席', '代理', '党组', '党委', '党总支', '副', '原', '前', '代', '总'] as const;

/** Between two offices of one person: `党组成员、副院长`, `副主席兼秘书长`. */
export const OFFICE_JOINERS = ['、', '兼', ','] as const;
