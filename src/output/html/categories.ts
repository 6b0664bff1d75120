/**
 * How each category looks (data): an Okabe–Ito colour (safe for the common colour-vision
 * deficiencies) for the tint, plus a line style of its own, so highlights still differ in greyscale print.
 */
import { CATEGORIES, type Category } from '../../schema.js';

export interface CategoryLook {
  /** Legend label: the enum value and a Chinese gloss. */
  label: string;
  gloss: string;
  /** Okabe–Ito colour (bars of the chart). */
  colour: string;
  /** The highlight's background: the colour, a third opaque (black less). */
  tint: string;
  /** Colour of the line (the tint's own, darker where the tint is too light to see as a line). */
  line: string;
  /** CSS text-decoration-line and -style. */
  lines: string;
  style: string;
}

export const LOOKS: Readonly<Record<Category, CategoryLook>> = {
  personnel: { label: 'personnel', gloss: '人员', colour: '#E69F00', tint: '#E69F0055', line: '#B07800', lines: 'underline', style: 'solid' },
  funds: { label: 'funds', gloss: '资金', colour: '#56B4E9', tint: '#56B4E955', line: '#2A86BA', lines: 'underline', style: 'double' },
  tonnage: { label: 'tonnage', gloss: '重量', colour: '#009E73', tint: '#009E7355', line: '#009E73', lines: 'underline', style: 'dotted' },
  vehicles: { label: 'vehicles', gloss: '车辆', colour: '#F0E442', tint: '#F0E44255', line: '#8F8400', lines: 'underline', style: 'dashed' },
  count: { label: 'count', gloss: '数量', colour: '#0072B2', tint: '#0072B255', line: '#0072B2', lines: 'underline', style: 'wavy' },
  duration: { label: 'duration', gloss: '时长', colour: '#D55E00', tint: '#D55E0055', line: '#D55E00', lines: 'underline overline', style: 'solid' },
  percent: { label: 'percent', gloss: '比例', colour: '#CC79A7', tint: '#CC79A755', line: '#A8527F', lines: 'underline overline', style: 'dashed' },
  measure: { label: 'measure', gloss: '度量', colour: '#000000', tint: '#00000026', line: '#000000', lines: 'underline overline', style: 'dotted' },
};

/** `.c-personnel { … }` for every category: the tint and the line. */
export function categoryCss(): string {
  return CATEGORIES.map((c) => {
    const look = LOOKS[c];
    return `.c-${c}{--tint:${look.tint};text-decoration-line:${look.lines};text-decoration-style:${look.style};text-decoration-color:${look.line}}`;
  }).join('\n');
}
