/**
 * payplan's version: written into the bundle by scripts/build.mjs; read from package.json when
 * running from source.
 */
import { readFileSync } from 'node:fs';

declare const __PAYPLAN_VERSION__: string | undefined;

export function version(): string {
  if (typeof __PAYPLAN_VERSION__ === 'string') return __PAYPLAN_VERSION__;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
