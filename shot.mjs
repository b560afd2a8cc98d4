import { chromium } from 'playwright-core';
const [,, url, out, width = '1200', scheme = 'light', click = ''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: +width, height: 900 }, colorScheme: scheme });
await p.goto(url, { waitUntil: 'networkidle' });
if (click) { await p.locator(click).first().click(); await p.waitForTimeout(1200); }
await p.screenshot({ path: out, fullPage: false });
await b.close();
