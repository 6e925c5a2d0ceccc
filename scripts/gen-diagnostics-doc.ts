/**
 * Writes docs/diagnostics.md from the catalog and the fixtures: every code with its severity, what
 * it means, how to fix it, and a plan that triggers it with the rendered diagnostic. Generated so
 * the reference can never drift from what the compiler says; a test fails when it is stale.
 * Run: npx tsx scripts/gen-diagnostics-doc.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnosticsDoc } from '../test/helpers/diagnostics-doc.js';

writeFileSync(join(import.meta.dirname, '../docs/diagnostics.md'), diagnosticsDoc());
