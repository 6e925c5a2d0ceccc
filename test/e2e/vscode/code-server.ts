/**
 * A throwaway code-server (VS Code 1.100 in the browser, installed by scripts/install-vscode-e2e.sh
 * into .cache/code-server) and a headless Debian Chromium driven by playwright-core. Every run gets
 * fresh HOME, user-data and extensions folders; code-server runs in its own process group, which
 * stop() ends by its id.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CODE_SERVER = join(root, '.cache', 'code-server', 'node_modules', '.bin', 'code-server');
export const CHROMIUM = '/usr/bin/chromium';

export function prerequisites(): string[] {
  const missing: string[] = [];
  if (!existsSync(CODE_SERVER)) missing.push(`${CODE_SERVER} (run scripts/install-vscode-e2e.sh)`);
  if (!existsSync(CHROMIUM)) missing.push(`${CHROMIUM} (run scripts/install-vscode-e2e.sh)`);
  return missing;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface CodeServer {
  readonly port: number;
  readonly url: string;
  readonly dir: string;
  readonly userData: string;
  readonly log: () => string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** The .vsix to install before starting. */
  readonly vsix?: string;
  /** Extra user settings. */
  readonly settings?: Record<string, unknown>;
  /** Extra environment for code-server (and so its extension host). */
  readonly env?: Record<string, string>;
}

export async function startCodeServer(options: StartOptions = {}): Promise<CodeServer> {
  const dir = mkdtempSync(join(tmpdir(), 'payplan-vscode-'));
  const home = join(dir, 'home');
  const userData = join(dir, 'user-data');
  const extensions = join(dir, 'extensions');
  for (const d of [home, join(userData, 'User'), extensions]) mkdirSync(d, { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'security.workspace.trust.enabled': false,
      'workbench.startupEditor': 'none',
      'telemetry.telemetryLevel': 'off',
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'update.mode': 'none',
      'workbench.colorTheme': 'Default Dark Modern',
      'workbench.tips.enabled': false,
      'chat.commandCenter.enabled': false,
      'editor.minimap.enabled': false,
      'git.enabled': false,
      'git.openRepositoryInParentFolders': 'never',
      'workbench.enableExperiments': false,
      ...options.settings,
    }),
  );
  const env = { ...process.env, ...options.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local', 'share') };
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions];
  if (options.vsix) execFileSync(CODE_SERVER, [...common, '--install-extension', options.vsix], { env, stdio: 'pipe' });

  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(
    CODE_SERVER,
    [
      '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--disable-getting-started-override', ...common, '--ignore-last-opened',
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      try {
        if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {}
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { port, url, dir, userData, log: () => output, stop };
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];
