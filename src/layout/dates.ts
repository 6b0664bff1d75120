/** A full date as written in a report: `2024年1月8日`, `二〇二四年一月八日`, `112年3月5日` (ROC). */
const DATE = '(?:\\d{2,4}|[〇○零一二三四五六七八九]{4})年(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日';

/** A date alone on a line, under a signature: `2024年1月8日`, `中华民国112年3月10日`. */
export const DATE_LINE = new RegExp(`^(?:中华民国|民国)?${DATE}$`);
/** A line that ends with its date: `清源区人民政府办公室编　　2024年2月6日`, `（2023年7月20日）`. */
export const ENDS_WITH_DATE = new RegExp(`${DATE}[)）]?$`);
