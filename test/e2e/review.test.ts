/**
 * The review page (`--format html`) in a real browser: made by the built binary, opened from file://,
 * checked as a reviewer uses it, and photographed for the README (docs/review.png).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/schema.js';
import { BIN, ensureBuilt } from '../cli/binary.js';
import { FIXTURE, tempDir } from '../cli/helpers.js';
import { launch } from './browser.js';

const SCREENSHOT = 'docs/review.png';
const VIEWPORT = { width: 1280, height: 900 };

let browser: Browser | undefined;
/** Why Chromium did not start: every test fails with it (a missing browser is never a skip). */
let launchError: unknown;
let dir: string;

/** The page and the JSON report of the same input, both from the binary. */
function build(input: string, name: string, flags: string[] = []): { url: string; report: Report } {
  const out = join(dir, `${name}.html`);
  execFileSync(process.execPath, [BIN, input, '--format', 'html', '-o', out, '-q', ...flags]);
  const report = JSON.parse(execFileSync(process.execPath, [BIN, input, '-q'], { encoding: 'utf8' })) as Report;
  return { url: pathToFileURL(resolve(out)).href, report };
}

/** A page that records every request, dialog and page error. */
async function open(url: string): Promise<{ page: Page; requests: string[]; dialogs: string[]; errors: string[] }> {
  if (!browser) throw launchError;
  const page = await browser.newPage({ viewport: VIEWPORT });
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, requests, dialogs, errors };
}

/** Is the element's box inside the viewport? */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= VIEWPORT.height && box.x >= 0 && box.x + box.width <= VIEWPORT.width;
}

beforeAll(async () => {
  browser = await launch().catch((error: unknown) => {
    launchError = error;
    return undefined;
  });
  ensureBuilt();
  dir = tempDir();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('review page of the fixture', () => {
  let fixture: { url: string; report: Report };
  beforeAll(() => {
    fixture = build(FIXTURE, 'fixture');
  });

  it('highlights every fact of the JSON report, in order, with its raw text', async () => {
    const { page, requests, errors } = await open(fixture.url);
    const marks = page.locator('mark.fact');
    expect(await marks.count()).toBe(fixture.report.facts.length);
    const texts = (await marks.allTextContents()).map((t) => t.replace(/\s/g, ''));
    expect(texts).toEqual(fixture.report.facts.map((f) => f.raw));
    expect(await page.locator('section.block[id^="d1-b"]').count()).toBe(fixture.report.departments.length);
    expect(errors).toEqual([]);
    expect(requests).toEqual([fixture.url]);
    await page.close();
  });

  it('scrolls a clicked table row’s highlight into view and flashes it', async () => {
    const { page, requests } = await open(fixture.url);
    const last = fixture.report.facts.length;
    const target = `#d1-f${last}`;
    expect(await inViewport(page, target)).toBe(false);
    await page.locator(`tr[data-target="d1-f${last}"]`).click();
    expect(await inViewport(page, target)).toBe(true);
    expect(await page.locator(target).getAttribute('class')).toContain('flash');
    expect(await page.evaluate('document.activeElement.id')).toBe(`d1-f${last}`);
    expect(requests).toEqual([fixture.url]);
    await page.close();
  });

  it('hides exactly one category’s highlights and rows with its filter, and shows them again', async () => {
    const { page } = await open(fixture.url);
    const personnel = fixture.report.facts.filter((f) => f.category === 'personnel').length;
    const all = fixture.report.facts.length;
    expect(personnel).toBeGreaterThan(0);
    const box = page.locator('input[data-category-filter][value="personnel"]');
    await box.uncheck();
    expect(await page.locator('mark.fact.off').count()).toBe(personnel);
    expect(await page.locator('mark.fact.c-personnel.off').count()).toBe(personnel);
    expect(await page.evaluate("getComputedStyle(document.querySelector('mark.c-personnel')).backgroundColor")).toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('tr[data-category]:visible').count()).toBe(all - personnel);
    expect(await page.locator('tr[data-category="personnel"]:visible').count()).toBe(0);
    expect(await page.locator('#shown').textContent()).toBe(`${all - personnel} of ${all} facts shown`);
    await box.check();
    expect(await page.locator('mark.fact.off').count()).toBe(0);
    expect(await page.locator('tr[data-category]:visible').count()).toBe(all);
    await page.close();
  });

  it('hides facts below the minimum confidence', async () => {
    const { page } = await open(fixture.url);
    const low = fixture.report.facts.filter((f) => f.confidence < 0.95).length;
    await page.locator('#min-confidence').fill('0.95');
    expect(await page.locator('mark.fact.off').count()).toBe(low);
    expect(await page.locator('tr[data-category]:visible').count()).toBe(fixture.report.facts.length - low);
    await page.close();
  });

  it('opens a card on focus and Enter, closes it with Escape', async () => {
    const { page } = await open(fixture.url);
    const fact = fixture.report.facts[0]!;
    await page.locator('#d1-f1').focus();
    const card = page.locator('#card');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain(fact.raw);
    expect(await card.textContent()).toContain(fact.subject ?? '');
    await page.keyboard.press('Escape');
    expect(await card.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    expect(await card.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.id')).toBe('d1-f2');
    expect(await card.textContent()).toContain(fixture.report.facts[1]!.raw);
    await page.close();
  });

  it('sorts the fact table by a column', async () => {
    const { page } = await open(fixture.url);
    const values = fixture.report.facts.map((f) => f.value);
    const header = page.locator('table.facts th', { hasText: 'value' });
    await header.locator('button').click();
    expect(Number(await page.locator('table.facts tbody tr:first-child td:nth-child(4)').getAttribute('data-sort'))).toBe(Math.min(...values));
    await header.locator('button').click();
    expect(Number(await page.locator('table.facts tbody tr:first-child td:nth-child(4)').getAttribute('data-sort'))).toBe(Math.max(...values));
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    await page.close();
  });

  it(`saves a screenshot for the README (${SCREENSHOT})`, async () => {
    const { page } = await open(fixture.url);
    await page.locator('#d1-f2').focus();
    await page.evaluate('window.scrollTo(0, 0)');
    await page.locator('#d1-f2').hover();
    mkdirSync('docs', { recursive: true });
    const png = await page.screenshot({ type: 'png' });
    writeFileSync(SCREENSHOT, png);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeLessThan(600_000);
    await page.close();
  });
});

describe('review page of a hostile document', () => {
  const HOSTILE = [
    '<script>window.__pwned = 1; alert(1)</script>迎疫而上',
    '本报济宁讯（记者 张三）党旗所指<img src=x onerror=alert(1)>，共有300名干部群众参与。',
    '',
    '区党政办公室',
    '',
    '区党政办公室</style><script>window.__pwned = 2</script>组织21名党员干部值班值守，24名党员干部下沉',
    '街道<img src=x onerror="window.__pwned = 3">。9月2日起，第一时间开展工作。"quotes" & \'apostrophes\' &amp;',
    '',
    '区财政金融局',
    '',
    '区财政金融局拨付资金468万元</script><!-- comment，派出12名干部\u2028，出动车辆20辆。',
    '',
  ].join('\n');

  it('shows the markup as text and runs none of it', async () => {
    const input = join(dir, '<img src=x onerror=alert(2)>.txt');
    writeFileSync(input, HOSTILE);
    const { url, report } = build(input, 'hostile', ['--debug']);
    expect(report.departments.map((d) => d.name)).toEqual(['区党政办公室', '区财政金融局']);
    expect(report.facts.length).toBeGreaterThanOrEqual(5);
    const { page, requests, dialogs, errors } = await open(url);
    await page.locator('mark.fact').first().hover();
    await page.locator('tr[data-target]').first().click();
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    const text = await page.locator('main').textContent();
    for (const s of ['<script>window.__pwned = 1; alert(1)</script>', '<img src=x onerror=alert(1)>', '</style>', '</script><!-- comment', '&amp;', '<img src=x onerror=alert(2)>.txt']) {
      expect(text).toContain(s);
    }
    expect(await page.locator('mark.fact').count()).toBe(report.facts.length);
    expect(await page.locator('del.dropped').count()).toBeGreaterThan(0); // 9月2日, under --debug
    expect(await page.locator('main img, main script').count()).toBe(0);
    await page.close();
  });
});
