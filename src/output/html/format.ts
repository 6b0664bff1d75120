/** Numbers as the page shows them: `2,100,000`, `0.5`, funds in 万元. */

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** `4680000` → `468万元`, `5000` → `5,000元`: how the reports themselves write money. */
export function formatYuan(n: number): string {
  return n >= 10000 ? `${formatNumber(n / 10000)}万元` : `${formatNumber(n)}元`;
}
