/**
 * Draws the web app's PNG icons from its SVG ones with Chromium, once, when the design changes:
 * `node web/build/draw-icons.ts`. The PNGs are committed beside the SVGs in web/public/icons/ (the manifest lists
 * them), so the build needs no browser. The icon is the favicon's design; the maskable icon fills the square and
 * keeps the hand inside the middle 80 % circle, which is all a launcher's mask may show.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../browser-testkit.ts';

const PUBLIC = fileURLToPath(new URL('../public/', import.meta.url));

/** Each PNG: the SVG it is drawn from (under web/public), its size in pixels, and its path. */
export const ICONS = [
  { from: 'favicon.svg', size: 192, to: 'icons/icon-192.png' },
  { from: 'favicon.svg', size: 512, to: 'icons/icon-512.png' },
  { from: 'icons/maskable.svg', size: 192, to: 'icons/maskable-192.png' },
  { from: 'icons/maskable.svg', size: 512, to: 'icons/maskable-512.png' },
] as const;

async function drawIcons(): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const icon of ICONS) {
      const svg = await readFile(join(PUBLIC, icon.from), 'utf8');
      const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setViewportSize({ width: icon.size, height: icon.size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
          `<img src="${source}" width="${icon.size}" height="${icon.size}" alt="">`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      // Transparent outside the shape: the rounded icon's corners show what is behind it.
      await page.screenshot({ path: join(PUBLIC, icon.to), omitBackground: true });
      console.log(`drew ${icon.to} (${icon.size} px) from ${icon.from}`);
    }
  } finally {
    await browser.close();
  }
}

await drawIcons();
