/**
 * Escaping for the review page. Every string that came from an input goes through one of these:
 * `escapeHtml` for text and attribute values, `jsonForScript` for data embedded in a <script>.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `<img src=x onerror=…>` → `&lt;img src=x onerror=…&gt;`: safe in text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/**
 * JSON that cannot end its <script> element or open a comment there: `<` → \u003c (so `</script>` and
 * `<!--` never appear), `>` and `&` likewise, and U+2028/U+2029, which older parsers treat as line ends.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** ` name="value"` for each attribute, values escaped; false, null and undefined are left out, true is a bare name. */
export function attrs(values: Readonly<Record<string, string | number | boolean | null | undefined>>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`))
    .join('');
}
