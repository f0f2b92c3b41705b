/**
 * One user's first minute, the same script for both shells: the first screen, the period
 * typed day first and picked on the calendar, "Kiểm tra hạn", a problem's cell, "Tạo phụ
 * lục", the settings. Returns what the pane showed so the shells can be compared.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ARTIFACTS, type Shell } from './pane-hosts.js';

export interface FlowResult {
  sheetLine: string;
  periodLine: string;
  mappingLine: string;
  firstTabOrder: string[];
  counts: [string, string][];
  total: string;
  problems: string[];
  score: string;
  selected: [string, number, number] | null;
  reportsMessage: string;
  tabs: string[];
  settingsIds: string[];
  version: string;
  calendarVersion: string;
}

/** Id (or text) of the focused element. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'BODY';
    return el.id || `${el.tagName.toLowerCase()}:${(el.textContent || '').trim().slice(0, 30)}`;
  });
}

/** The element's box is fully inside the viewport as it stands (no scrolling by the test). */
export function fullyInView(page: Page, selector: string): Promise<{ inside: boolean; top: number; bottom: number; height: number; scrollY: number }> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return { inside: false, top: -1, bottom: -1, height: window.innerHeight, scrollY: window.scrollY };
    const r = el.getBoundingClientRect();
    return { inside: r.top >= -0.5 && r.bottom <= window.innerHeight + 0.5 && r.width > 0, top: Math.round(r.top), bottom: Math.round(r.bottom), height: window.innerHeight, scrollY: window.scrollY };
  }, selector);
}

export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const pane = document.querySelector('.pane');
    return pane !== null && pane.getAttribute('aria-busy') === 'false';
  }, undefined, { timeout: 30_000 });
}

/** Tab from the top until `last`, collecting focus ids. */
export async function tabOrder(page: Page, last: string, max = 30): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const id = await focused(page);
    seen.push(id);
    if (id === last) break;
  }
  return seen;
}

/** Focusable controls in document (reading) order, up to `last`. */
export function readingOrder(page: Page, last: string): Promise<string[]> {
  return page.evaluate((stop) => {
    const out: string[] = [];
    const all = document.querySelectorAll<HTMLElement>('button, select, input, textarea, a[href], [tabindex="0"]');
    for (let i = 0; i < all.length; i++) {
      const el = all[i];
      if (el.offsetParent === null && el.getClientRects().length === 0) continue;
      const id = el.id || `${el.tagName.toLowerCase()}:${(el.textContent || '').trim().slice(0, 30)}`;
      out.push(id);
      if (id === stop) break;
    }
    return out;
  }, last);
}

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export async function paneFlow(shell: Shell, tag: string): Promise<FlowResult> {
  const { page } = shell;
  await page.locator('#check').waitFor({ timeout: 20_000 });
  await idle(page);
  await page.waitForFunction(() => (document.getElementById('sheet-facts')?.textContent ?? '') !== '');

  // The first screen does the job: the primary button fully visible, no scrolling.
  const first = await fullyInView(page, '#check');
  expect(first, `${tag}: Kiểm tra hạn inside the first screen`).toMatchObject({ inside: true, scrollY: 0 });
  expect(await page.locator('input[type="date"]').count()).toBe(0);
  await shot(page, `${tag}-1-first-screen`);
  const sheetLine = (await page.locator('#sheet-line').innerText()).replace(/\s+/g, ' ').trim();
  const periodLine = await page.locator('#period-summary').innerText();
  const mappingLine = (await page.locator('#mapping > p').innerText()).replace(/\s+/g, ' ').trim();

  // Tab order is the reading order.
  const order = await tabOrder(page, 'check');
  expect(order, `${tag}: Tab order`).toEqual(await readingOrder(page, 'check'));

  // The period: typed day first, whatever the browser's language; focus survives the save.
  await page.locator('#period-change').click();
  const asOf = page.locator('#as-of');
  expect(await asOf.inputValue()).toBe('14/06/2024');
  expect(await asOf.getAttribute('type')).toBe('text');
  await asOf.fill('13/6/2024');
  await page.keyboard.press('Tab');
  await expect.poll(() => focused(page), { timeout: 15_000 }).toBe('as-of-open');
  await expect.poll(() => page.locator('#period-summary').innerText(), { timeout: 15_000 }).toContain('chốt số liệu 13/6/2024');
  await idle(page);
  await expect.poll(() => focused(page), { timeout: 15_000, message: `${tag}: focus kept after the change` }).toBe('as-of-open');
  expect(await asOf.inputValue()).toBe('13/06/2024');
  // A date that does not exist is refused with a sentence, nothing changes.
  await asOf.fill('31/02/2024');
  await page.keyboard.press('Tab');
  expect(await page.locator('#as-of-error').innerText()).toContain('ngày/tháng/năm');
  expect(await page.locator('#period-summary').innerText()).toContain('chốt số liệu 13/6/2024');
  // The calendar: opens on the field's month, arrow keys move, Enter picks, Escape closes.
  await page.locator('#as-of-open').click();
  await page.locator('#as-of-calendar').waitFor();
  expect(await page.locator('#as-of-calendar .calendar-title').innerText()).toBe('Tháng 6 năm 2024');
  await expect.poll(() => focused(page), { timeout: 15_000 }).toMatch(/^button:13$/);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => focused(page), { timeout: 15_000 }).toMatch(/^button:14$/);
  await shot(page, `${tag}-2-calendar`);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('#period-summary').innerText(), { timeout: 15_000 }).toContain('chốt số liệu 14/6/2024');
  await expect.poll(() => page.locator('#as-of-calendar').count(), { timeout: 15_000 }).toBe(0);
  await expect.poll(() => focused(page), { timeout: 15_000 }).toBe('as-of');
  await page.locator('#as-of-open').click();
  await page.locator('#as-of-calendar').waitFor();
  await expect.poll(() => focused(page), { timeout: 15_000 }).toMatch(/^button:14$/);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('#as-of-calendar').count(), { timeout: 15_000 }).toBe(0);
  await expect.poll(() => focused(page), { timeout: 15_000 }).toBe('as-of-open');
  await idle(page);
  await page.locator('#period-change').click();

  // Kiểm tra hạn: progress then results next to the button, the counts scrolled into view.
  await page.locator('#check').click();
  await page.locator('#counts').waitFor({ timeout: 30_000 });
  await idle(page);
  await page.waitForTimeout(100);
  const countsBox = await fullyInView(page, '#counts');
  expect(countsBox.inside, `${tag}: counts in view ${JSON.stringify(countsBox)}`).toBe(true);
  await shot(page, `${tag}-3-results`);
  const counts = await page.locator('#counts li').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-status') ?? '', li.querySelector('.count')?.textContent ?? ''] as [string, string]));
  const total = await page.locator('#results .total').innerText();
  const problems = await page.locator('#problems li').allInnerTexts();
  const score = (await page.locator('#score').innerText()).replace(/\s+/g, ' ');
  // The next step follows the results.
  const next = await page.evaluate(() => {
    const counts = document.getElementById('counts');
    const reports = document.getElementById('reports');
    return counts && reports ? Boolean(counts.compareDocumentPosition(reports) & Node.DOCUMENT_POSITION_FOLLOWING) && reports.classList.contains('primary') : false;
  });
  expect(next).toBe(true);

  // A problem is a link to its cell.
  await page.locator('#problems .problem-link').first().click();
  await expect.poll(() => shell.selected(), { timeout: 15_000 }).not.toBeNull();
  await page.waitForTimeout(200);
  const selected = await shell.selected();

  // Tạo phụ lục: its message next to its button.
  await page.locator('#reports').click();
  await page.locator('#reports-feedback .message').waitFor({ timeout: 30_000 });
  await idle(page);
  const reportsMessage = await page.locator('#reports-feedback .message').innerText();
  await shot(page, `${tag}-4-reports`);
  const reportsBox = await fullyInView(page, '#reports-feedback');
  expect(reportsBox.inside, `${tag}: reports message in view ${JSON.stringify(reportsBox)}`).toBe(true);
  const tabs = await shell.sheetNames();

  // Settings: drawn from core's settings model; focus kept while a field is saved.
  await page.locator('#settings-toggle').click();
  await page.locator('#settings-body').waitFor();
  const settingsIds = await page.locator('#settings-body input').evaluateAll((els) => els.map((e) => e.id));
  await page.locator('#header-reportingUnit').fill('UBND xã Đắk Hà');
  await page.keyboard.press('Tab');
  await expect.poll(() => focused(page), { timeout: 15_000 }).toBe('header-receivingUnit');
  await page.locator('#settings-feedback .message').waitFor();
  await expect.poll(() => focused(page), { timeout: 15_000, message: `${tag}: focus kept after saving` }).toBe('header-receivingUnit');
  await page.locator('#header-reportingUnit').scrollIntoViewIfNeeded();
  await shot(page, `${tag}-5-settings`);
  await page.locator('#undecided-days').scrollIntoViewIfNeeded();
  await shot(page, `${tag}-6-undecided-days`);
  const version = await page.locator('#app-version').innerText();
  const calendarVersion = await page.locator('#calendar-version').innerText();
  return { sheetLine, periodLine, mappingLine, firstTabOrder: order, counts, total, problems, score, selected, reportsMessage, tabs, settingsIds, version, calendarVersion };
}

export interface LiveFlowResult {
  hint: string;
  message: string;
  notes: string[];
  /** The status formula the host holds for the first data row. */
  formula: string | null;
}

/**
 * "Xuất sổ tự tính" after a check: the button follows "Tạo phụ lục" with its one-line
 * explanation; its progress and summary appear next to it and are scrolled into view.
 */
export async function liveFlow(shell: Shell, tag: string, firstRow: number, statusCol: number): Promise<LiveFlowResult> {
  const { page } = shell;
  await page.locator('#check').waitFor({ timeout: 20_000 });
  await idle(page);
  await page.locator('#check').click();
  await page.locator('#counts').waitFor({ timeout: 30_000 });
  await idle(page);
  const order = await page.evaluate(() => {
    const ids = ['counts', 'reports', 'live-export', 'live-hint', 'problems'];
    const els = ids.map((id) => document.getElementById(id));
    return els.every((el, i) => el !== null && (i === 0 || Boolean(els[i - 1]!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)));
  });
  expect(order, `${tag}: counts, Tạo phụ lục, Xuất sổ tự tính and its explanation, then the problems`).toBe(true);
  expect(await page.locator('#live-export').getAttribute('aria-describedby')).toBe('live-hint');
  await page.locator('#live-hint').scrollIntoViewIfNeeded();
  await shot(page, `${tag}-1-button`);
  await page.locator('#live-export').click();
  await page.locator('#live-feedback .message').waitFor({ timeout: 60_000 });
  await idle(page);
  await page.waitForTimeout(100);
  const box = await fullyInView(page, '#live-feedback .message > p');
  expect(box.inside, `${tag}: live summary in view ${JSON.stringify(box)}`).toBe(true);
  await shot(page, `${tag}-2-result`);
  await page.locator('#live-feedback').evaluate((el) => el.scrollIntoView(false));
  await shot(page, `${tag}-3-result-notes`);
  return {
    hint: await page.locator('#live-hint').innerText(),
    message: await page.locator('#live-feedback .message > p').first().innerText(),
    notes: await page.locator('#live-feedback .message .note').allInnerTexts(),
    formula: await shell.formulaAt(firstRow, statusCol),
  };
}
