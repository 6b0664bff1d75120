/**
 * What a heading's (folded) name is, which decides how much the layout must see before it believes it:
 *   - `unit`: a unit by its suffix (`区财政局`, `济宁高新控股集团`): a heading on its own;
 *   - `place`: an administrative division (`河南`, `泽州县`, `甘肃天水`, `新界北`);
 *   - `ambiguous`: a place's short form that is also a word or names several places (`城区`, `鼓楼`);
 *   - `sector`: a sector or company by a sector's ending (`燃气部门`, `临沂阳光热力`, `民盟中央`).
 * All but `unit` need a series: the document must head two or more blocks the same way (series.ts).
 */
import { isRegexBlank } from '../text/blanks.js';
import { SECTOR_SUFFIXES } from './lexicon/unit-suffixes.js';
import { lookupPlace } from './places.js';
import { endingIn, endsLikeUnit, isNameShaped, MAX_UNIT_NAME_LENGTH } from './unit-name.js';

export type NameKind = 'unit' | 'place' | 'ambiguous' | 'sector';

const sectorSuffix = endingIn(SECTOR_SUFFIXES);
/**
 * The longest place a heading names, parent and child (`新疆维吾尔自治区乌鲁木齐市`, 13): a longer name is not
 * looked up, so a document whose candidates are all clauses never builds the place table.
 */
const MAX_PLACE_LENGTH = 14;
/** Blanks inside a name only space out a short one (`城  区`, `泽 州 县`): a longer one with blanks is two words. */
const MAX_SPACED_LENGTH = 4;

/**
 * The kind of `name` (folded), or null when it names no unit. Blanks inside are typography (`城  区`).
 * @param marked the name follows an explicit heading mark (`（二）`, `【`, `**`), as for looksLikeUnitName.
 * @param unitsOnly only `unit` is wanted: the place table and the sector endings are not asked.
 */
export function nameKind(name: string, marked = false, unitsOnly = false): NameKind | null {
  const bare = withoutBlanks(name);
  if (bare.length < 2 || bare.length > MAX_UNIT_NAME_LENGTH) return null;
  if (!isNameShaped(bare)) return null;
  if (endsLikeUnit(bare, marked)) return 'unit';
  if (unitsOnly) return null;
  const place = bare.length <= MAX_PLACE_LENGTH ? lookupPlace(bare) : null;
  if (place) return place.ambiguous ? 'ambiguous' : 'place';
  const suffix = sectorSuffix(bare);
  return suffix !== undefined && bare.length > suffix.length ? 'sector' : null;
}

/** `name` without its blanks; '' when it has blanks and more than MAX_SPACED_LENGTH other characters (no name then). */
function withoutBlanks(name: string): string {
  let blanks = 0;
  for (let i = 0; i < name.length; i++) if (isRegexBlank(name.charCodeAt(i))) blanks++;
  if (blanks === 0) return name;
  if (name.length - blanks > MAX_SPACED_LENGTH) return '';
  let out = '';
  for (let j = 0; j < name.length; j++) if (!isRegexBlank(name.charCodeAt(j))) out += name[j];
  return out;
}
