#!/usr/bin/env node
// Takes a screenshot of a page in headless Chromium: node scripts/screenshot.mjs URL OUT.png [width] [height] [fullPage]
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

const [url, out, width = '1100', height = '900', full = 'true'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: full === 'true' });
await browser.close();
