/**
 * Regenerates src/syntax/cst.generated.d.ts, the typings of the parser's CST, from the grammar.
 * Run `npx tsx scripts/gen-cst-dts.ts` after changing a rule; test/syntax/cst-dts.test.ts fails
 * while the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cstDts } from '../src/syntax/cst-dts.js';

const target = fileURLToPath(new URL('../src/syntax/cst.generated.d.ts', import.meta.url));
writeFileSync(target, cstDts());
