import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';

/**
 * A real headless Chromium for browser tests: Debian's /usr/bin/chromium when installed, else
 * the one the @sparticuz/chromium package ships (unpacked to /tmp on first use; no download).
 */
export async function launchBrowser(): Promise<Browser> {
  const system = '/usr/bin/chromium';
  const executablePath = existsSync(system) ? system : await chromium.executablePath();
  const args = existsSync(system) ? ['--no-sandbox', '--disable-gpu'] : chromium.args;
  return playwright.launch({ executablePath, args: [...args, '--disable-background-networking', '--no-first-run', '--disable-component-update'], headless: true });
}

/** Where screenshots are kept after a run (ignored by git). */
export const ARTIFACTS = new URL('../../../artifacts/screenshots/', import.meta.url).pathname;

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

interface AxeViolation { readonly id: string; readonly impact: string | null; readonly help: string; readonly nodes: readonly { readonly target: readonly string[] }[] }

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const source = (await import('axe-core')).default.source;
  await page.addScriptTag({ content: source });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
