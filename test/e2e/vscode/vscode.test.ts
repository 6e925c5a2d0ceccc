/**
 * End to end in a real VS Code: code-server 4.100.3 (VS Code 1.100.3) from npm, driven by
 * playwright-core with Debian's Chromium. Builds and installs the .vsix (`npm run package:vscode`),
 * opens a copy of the examples and checks what a person sees: highlighting (distinct token
 * classes), the language in the status bar, a hover with a computed amount, the payout-curve
 * webview, and a server diagnostic on a broken plan (squiggle and Problems panel). Screenshots go
 * to .cache/e2e-vscode/.
 *
 * Then the extension-host integration tests (host/suite.cjs) run in a second code-server with the
 * extension under development: completion, definition, rename, formatting and the commands,
 * through the real `vscode` API.
 *
 * Runs only with PAYPLAN_E2E_VSCODE=1, after scripts/install-vscode-e2e.sh.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPlan } from '../../../src/format/format.js';
import { CHROMIUM, CHROMIUM_ARGS, prerequisites, root, startCodeServer, type CodeServer } from './code-server.js';

const enabled = process.env.PAYPLAN_E2E_VSCODE === '1';
export const SHOTS = join(root, '.cache', 'e2e-vscode');

/** A copy of examples/ with the files the tests need: a broken plan, a failing test, an unformatted plan. */
async function makeWorkspace(): Promise<string> {
  const workspace = mkdtempSync(join(tmpdir(), 'payplan-ws-'));
  cpSync(join(root, 'examples'), workspace, { recursive: true });
  const csm = readFileSync(join(root, 'examples', 'csm-fy2026.payplan'), 'utf8');
  // Other plan names, so that the copies do not join the original's plan across files.
  const renamed = (name: string) => csm.replaceAll('"CSM FY2026"', `"CSM FY2026 (${name})"`);
  writeFileSync(join(workspace, 'broken.payplan'), renamed('broken').replace('let grr = retained_arr / start_arr', 'let grr = retained_arr / start_ar'));
  writeFileSync(join(workspace, 'failing.payplan'), renamed('failing').replace('expect Retention = $15,625 //', 'expect Retention = $15,000 //'));
  const sam = readFileSync(join(root, 'examples', 'sam-80-20.payplan'), 'utf8');
  const unformatted = sam.replace(/^ +/gm, '').replace(/ -> /g, '->');
  writeFileSync(join(workspace, 'unformatted.payplan'), unformatted);
  writeFileSync(join(workspace, 'formatted.expected'), await formatPlan(unformatted));
  return workspace;
}

async function launchChromium(): Promise<BrowserContext> {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'payplan-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
}

describe.skipIf(!enabled)('VS Code', () => {
  let vsix: string;
  beforeAll(() => {
    const missing = prerequisites();
    if (missing.length > 0) throw new Error(`missing: ${missing.join(', ')}`);
    execFileSync(process.execPath, [join(root, 'vscode-extension', 'build.mjs'), '--package'], { cwd: root, stdio: 'pipe' });
    const { version } = JSON.parse(readFileSync(join(root, 'vscode-extension', 'package.json'), 'utf8')) as { version: string };
    vsix = join(root, 'vscode-extension', `payplan-${version}.vsix`);
    mkdirSync(SHOTS, { recursive: true });
  }, 60_000);

describe('the .vsix installed in a real VS Code (code-server + Chromium)', () => {
  let server: CodeServer;
  let browser: BrowserContext;
  let page: Page;
  let workspace: string;

  beforeAll(async () => {
    workspace = await makeWorkspace();
    server = await startCodeServer({ vsix });
    browser = await launchChromium();
    page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  async function openFile(name: string): Promise<void> {
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 5 } }).catch(() => undefined);
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(name);
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator(`.tab.active[aria-label^="${name}"]`).waitFor({ timeout: 15_000 });
  }

  async function runCommand(title: string): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
  }

  /** The class of the first token span of the active editor whose text is exactly `text`. */
  async function tokenClass(text: string): Promise<string> {
    const span = page.locator('.editor-instance .view-lines span > span', { hasText: new RegExp(`^${text.replace(/[$.]/g, '\\$&').replace(/ /g, '\\s')}$`) }).first();
    await span.waitFor();
    return (await span.getAttribute('class')) ?? '';
  }

  it('highlights every token class and runs the payplan language', async () => {
    await openFile('csm-fy2026.payplan');
    await expect.poll(() => page.locator('#status\\.editor\\.mode').innerText(), { timeout: 20_000 }).toContain('payplan');
    // Semantic tokens may recolour names once the server answers; wait for the code lens, which
    // says the server is up.
    await page.locator('.contentWidgets .codelens-decoration, .codelens-decoration', { hasText: 'pays $18,750 at 100%' }).first().waitFor({ timeout: 30_000 });
    const classes = {
      keyword: await tokenClass('component'),
      componentName: await tokenClass('Retention'),
      money: await tokenClass('$100,000'),
      percent: await tokenClass('75%'),
      type: await tokenClass('Money'),
      string: await tokenClass('"CSM FY2026"'),
    };
    const comment = await page.locator('.editor-instance .view-lines span > span', { hasText: /^\/\/\sCSM\sFY2026/ }).first().getAttribute('class');
    const all = { ...classes, comment: comment ?? '' };
    for (const c of Object.values(all)) expect(c).toMatch(/^mtk\d+/);
    // Distinct colours for distinct token classes (amounts and percentages share one).
    const colour = (c: string) => c.split(' ')[0];
    // The server's semantic tokens colour a component name as a type, like `Money`.
    expect(new Set([all.keyword, all.componentName, all.money, all.string, all.comment].map(colour)).size, JSON.stringify(all)).toBe(5);
    expect([all.keyword, all.money, all.string, all.comment].map(colour), JSON.stringify(all)).not.toContain(colour(all.type));
    expect(colour(all.money)).toBe(colour(all.percent));
    await page.screenshot({ path: join(SHOTS, '1-highlighting.png') });
  }, 90_000);

  it('shows a computed amount on hover', async () => {
    const name = page.locator('.editor-instance .view-lines span > span', { hasText: /^Retention$/ }).first();
    const box = (await name.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover-content', { hasText: 'target incentive' });
    await hover.waitFor({ timeout: 20_000 });
    expect(await hover.innerText()).toContain('target incentive = $18,750 per year; pays $18,750 at 100%');
    await page.screenshot({ path: join(SHOTS, '2-hover.png') });
    await page.mouse.move(200, 700);
    await page.keyboard.press('Escape');
  }, 60_000);

  it('draws the payout curve in a webview', async () => {
    await runCommand('payplan: Show payout curve');
    let frame: Frame | undefined;
    await expect
      .poll(
        async () => {
          for (const f of page.frames()) {
            if ((await f.locator('svg path.curve').count().catch(() => 0)) > 0) {
              frame = f;
              return true;
            }
          }
          return false;
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    const names = await frame!.locator('svg path.curve').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-name')));
    expect(names).toEqual(['Retention', 'Expansion', 'total']);
    expect(await frame!.locator('.legend').first().textContent()).toContain('Retention: $18,750 per year at 100%');
    await page.screenshot({ path: join(SHOTS, '3-payout-curve.png') });

    // Redrawn as the plan is edited: a lower cap flattens Retention sooner.
    const retention = frame!.locator('svg path.curve[data-name="Retention"]');
    const before = await retention.getAttribute('d');
    await page.locator('.editor-instance .view-lines').first().click({ force: true, position: { x: 200, y: 20 } });
    await page.keyboard.press('Control+G');
    await page.keyboard.type('35');
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('cap 120% of target');
    await expect.poll(async () => {
      for (const f of page.frames()) {
        const d = await f.locator('svg path.curve[data-name="Retention"]').getAttribute('d', { timeout: 500 }).catch(() => null);
        if (d !== null && d !== before) return true;
      }
      return false;
    }, { timeout: 20_000 }).toBe(true);
    await page.keyboard.press('Control+Z');

    // It follows the active plan: a marginal commission, as a share of quota.
    await openFile('ae-fy2026-marginal.payplan');
    await expect.poll(async () => {
      for (const f of page.frames()) {
        if ((await f.locator('svg path.curve[data-name="NewBusiness"]').count().catch(() => 0)) > 0) return true;
      }
      return false;
    }, { timeout: 20_000 }).toBe(true);
    await page.screenshot({ path: join(SHOTS, '3b-payout-curve-commission.png') });
  }, 90_000);

  it('reports a server diagnostic on a broken plan: squiggle and Problems panel', async () => {
    await openFile('broken.payplan');
    await page.locator('.editor-instance .squiggly-error').first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+Shift+M');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: '`start_ar` is not defined' });
    await problem.first().waitFor({ timeout: 20_000 });
    expect(await problem.first().innerText()).toContain('PP2001');
    await page.screenshot({ path: join(SHOTS, '4-diagnostic.png') });
  }, 60_000);
});

describe('extension-host integration tests (the real vscode API)', () => {
  it('pass: completion, definition, rename, formatting, diagnostics and the three commands', async () => {
    const workspace = await makeWorkspace();
    const results = join(workspace, '..', `${workspace.split('/').pop()}-results.json`);
    const server = await startCodeServer({ env: { PAYPLAN_E2E_RESULTS: results } });
    const browser = await launchChromium();
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      let exit: (code: number) => void = () => {};
      const exited = new Promise<number>((resolve) => (exit = resolve));
      await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
      const remote = (path: string) => `vscode-remote://127.0.0.1:${server.port}${path}`;
      const payload = JSON.stringify([
        ['extensionDevelopmentPath', remote(join(root, 'vscode-extension'))],
        ['extensionTestsPath', remote(join(root, 'test', 'e2e', 'vscode', 'host', 'suite.cjs'))],
      ]);
      await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
      const code = await Promise.race([exited, new Promise<number>((resolve) => setTimeout(() => resolve(-1), 150_000))]);
      let outcome: { name: string; ok: boolean; error?: string }[] = [];
      try {
        outcome = JSON.parse(readFileSync(results, 'utf8'));
      } catch {}
      const failures = outcome.filter((r) => !r.ok).map((r) => `${r.name}: ${r.error}`);
      expect(failures).toEqual([]);
      expect(outcome.map((r) => r.name)).toHaveLength(9);
      expect(code).toBe(0);
    } finally {
      await browser.close();
      await server.stop();
      rmSync(workspace, { recursive: true, force: true });
      rmSync(results, { force: true });
    }
  }, 240_000);
});
});
