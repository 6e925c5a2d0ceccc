#!/usr/bin/env node
/**
 * Builds the VS Code extension into vscode-extension/out/:
 *
 *   out/extension.js   the client (src/extension.ts + vscode-languageclient), CommonJS; `vscode`
 *                      is provided by the editor.
 *   out/server.js      the payplan language server (lsp/main.ts and everything it uses, prettier's
 *                      standalone build for formatting), started by the client over stdio.
 *   out/payplan.tmLanguage.json, out/language-configuration.json   copied from grammar/.
 *
 * With --package it then writes vscode-extension/payplan-<version>.vsix (the root's
 * `npm run package:vscode`): only what .vscodeignore lets through, no node_modules (all bundled).
 *
 * Usage: node vscode-extension/build.mjs [--package] [--minify]
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const out = join(here, 'out');
const manifest = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const rootVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const minify = process.argv.includes('--minify') || process.argv.includes('--package');

// The extension's version follows payplan's.
if (manifest.version !== rootVersion) {
  manifest.version = rootVersion;
  writeFileSync(join(here, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  logLevel: 'warning',
  sourcemap: false,
  minify,
};

await Promise.all([
  build({ ...common, entryPoints: [join(here, 'src', 'extension.ts')], outfile: join(out, 'extension.js'), external: ['vscode'] }),
  build({
    ...common,
    entryPoints: [join(here, 'src', 'server.ts')],
    outfile: join(out, 'server.js'),
    // Formatting runs prettier with payplan's own plugin only: its standalone build is enough.
    alias: { prettier: 'prettier/standalone' },
    define: { __PAYPLAN_VERSION__: JSON.stringify(rootVersion), 'import.meta.url': 'undefined' },
  }),
]);
copyFileSync(join(root, 'grammar', 'payplan.tmLanguage.json'), join(out, 'payplan.tmLanguage.json'));
copyFileSync(join(root, 'grammar', 'language-configuration.json'), join(out, 'language-configuration.json'));

if (process.argv.includes('--package')) {
  const { createVSIX } = await import('@vscode/vsce');
  const packagePath = join(here, `payplan-${manifest.version}.vsix`);
  await createVSIX({ cwd: here, packagePath, dependencies: false, allowMissingRepository: true, allowStarActivation: false });
  console.log(`${packagePath} (${Math.round(statSync(packagePath).size / 1024)} KiB)`);
}
