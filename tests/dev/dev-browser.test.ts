/**
 * `npm run dev` in a browser: the home page and an issue page are styled by the site's
 * stylesheet (read from computed styles, not from a link tag) and the console shows no
 * Content-Security-Policy violation. The built site's policy would block the dev server's own
 * inline styles and scripts, so BaseLayout applies it to the build only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusWith, ROOT } from '../helpers/pipeline';
import { browserAvailable, buildEnv, CHROMIUM, CHROMIUM_ARGS } from '../helpers/site';

const run = browserAvailable();
let server: ChildProcess;
let browser: Browser;
let output = '';
let base = '';

beforeAll(async () => {
  if (!run) return;
  server = spawn(join(ROOT, 'node_modules', '.bin', 'astro'), ['dev', '--port', '0', '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...buildEnv(), BRIEFINGS_INPUT: corpusWith([], 'dev-browser-'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => (output += chunk.toString().replace(/\x1b\[[0-9;]*m/g, ''));
  server.stdout!.on('data', collect);
  server.stderr!.on('data', collect);
  const started = Date.now();
  while (!(base = /Local\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1] ?? '')) {
    if (Date.now() - started > 120_000) throw new Error(`dev server not ready:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});

/** Opens a dev page; returns its computed styles of note and every console message and CSP violation. */
async function open(path: string) {
  const page = await browser.newPage();
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  // The first request of a page makes Vite compile it: give it time.
  await page.goto(new URL(path, base).href, { waitUntil: 'load', timeout: 90_000 });
  const styles = await page.evaluate(() => {
    const css = (element: Element | null, property: string) => (element ? getComputedStyle(element).getPropertyValue(property).trim() : null);
    return {
      // Set only by src/styles/global.css: a custom property, the body's margin and the skip link's position.
      accent: css(document.documentElement, '--accent'),
      bodyMargin: css(document.body, 'margin-top'),
      skipLink: css(document.querySelector('.skip-link'), 'position'),
      cspMeta: document.querySelector('meta[http-equiv="Content-Security-Policy"]') !== null,
    };
  });
  await page.close();
  return { styles, messages };
}

describe.runIf(run)('the dev server in a browser', () => {
  it.each([['home', ''], ['an issue', 'issues/2026-02-06-weekly-china-insight-c5c8f7/']])('styles %s page with the site stylesheet and logs no CSP violation', async (_name, path) => {
    const { styles, messages } = await open(path);
    expect(styles.accent).toMatch(/^#[0-9a-f]{6}$/i);
    expect(styles.bodyMargin).toBe('0px');
    expect(styles.skipLink).toBe('absolute');
    expect(styles.cspMeta).toBe(false);
    expect(messages.filter((message) => /Content[- ]Security[- ]Policy|CSP violation/i.test(message))).toEqual([]);
    expect(messages.filter((message) => message.startsWith('error') || message.startsWith('pageerror'))).toEqual([]);
  }, 120_000);
});
