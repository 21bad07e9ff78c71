import { existsSync } from 'node:fs';
import { MissiveError } from '../domain/index.js';

/**
 * Prints an HTML document to PDF in headless Chromium: Debian's /usr/bin/chromium when installed,
 * else the one the @sparticuz/chromium package ships (unpacked to /tmp on first use; nothing is
 * downloaded). A4, page numbers in the footer ("page N of M"), backgrounds kept.
 */
export async function printPdf(document: string, footer: string): Promise<Buffer> {
  const { chromium: playwright } = await import('playwright-core');
  const system = '/usr/bin/chromium';
  let executablePath = system;
  let args = ['--no-sandbox', '--disable-gpu'];
  if (!existsSync(system)) {
    const packaged = (await import('@sparticuz/chromium')).default;
    executablePath = await packaged.executablePath();
    args = packaged.args;
  }
  let browser;
  try {
    browser = await playwright.launch({ executablePath, args: [...args, '--disable-background-networking', '--no-first-run', '--disable-component-update'], headless: true });
  } catch (e) {
    throw new MissiveError('CONFIGURATION', `PDF: headless Chromium could not start (${(e as Error).message.split('\n')[0] ?? ''}); install the chromium package or keep @sparticuz/chromium`, { cause: e });
  }
  try {
    const page = await browser.newPage();
    await page.setContent(document, { waitUntil: 'load' });
    const escaped = footer.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    return await page.pdf({
      format: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>',
      footerTemplate: `<div style="font:8pt sans-serif;width:100%;padding:0 16mm;display:flex;justify-content:space-between"><span>${escaped}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
      margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
    });
  } finally {
    await browser.close();
  }
}
