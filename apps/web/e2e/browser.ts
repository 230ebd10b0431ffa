import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { HYDRATED_ATTRIBUTE } from '../src/lib/hydration.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

export const baseUrl = () => inject('baseUrl');

/** Fetch a path of the built site, failing the test unless it answers 200. */
export const fetchOk = async (path: string): Promise<Response> => {
  const response = await fetch(`${baseUrl()}${path}`);
  expect(response.status, path).toBe(200);
  return response;
};

const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/**
 * One Chromium for a test file: launched before its tests, closed after them. Call it at the
 * top of the file; the function it returns gives the browser inside a test.
 */
export const suiteBrowser = (): (() => Browser) => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('suiteBrowser: the browser is not launched yet');
    return browser;
  };
};

export interface PageOptions {
  readonly width?: number;
  readonly colorScheme?: 'light' | 'dark';
  readonly javaScript?: boolean;
  /** Run the page's CPU this many times slower (Chromium's throttling), as on a cheap phone. */
  readonly cpuSlowdown?: number;
}

/** A page in a fresh context (axe needs contexts from browser.newContext()). */
export const openPage = async (
  browser: Browser,
  { width = 1280, colorScheme = 'light', javaScript = true, cpuSlowdown = 1 }: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> => {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    colorScheme,
    javaScriptEnabled: javaScript,
  });
  const page = await context.newPage();
  if (cpuSlowdown !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (req) =>
    problems.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`),
  );
  return { context, page, problems };
};

/** Waits until React has hydrated the page. */
export const hydration = (page: Page) =>
  page.waitForSelector(`html[${HYDRATED_ATTRIBUTE}]`, { state: 'attached' });

/** Whether React has hydrated the page (its islands answer). */
export const isHydrated = (page: Page) =>
  page.evaluate((name) => document.documentElement.hasAttribute(name), HYDRATED_ATTRIBUTE);

/**
 * Wake a page's islands as a reader does, with a key (Shift, which does nothing else), and wait
 * until React has hydrated them and the page has settled (prefetches done).
 */
export const wakeIslands = async (page: Page) => {
  await page.keyboard.press('Shift');
  await hydration(page);
  await page.waitForLoadState('networkidle');
};

/** Whether the page's own scripts run (the theme script marks <html> when they do). */
const scriptsRun = (page: Page) =>
  page.evaluate(() => document.documentElement.hasAttribute('data-js'));

/**
 * Go to a path and wait until the page has settled; with JavaScript, woken and hydrated too, as
 * after a reader's first key or press.
 */
export const visit = async (page: Page, path: string) => {
  const response = await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
  if (await scriptsRun(page)) await wakeIslands(page);
  return response;
};

/** The text a reader sees in an element: rendered text, without scripts or hidden parts. */
export const visibleText = (page: Page, selector: string): Promise<string> => {
  const rendered = (el: Element) => {
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
    return (el as HTMLElement).innerText;
  };
  return page.locator(selector).first().evaluate(rendered);
};
