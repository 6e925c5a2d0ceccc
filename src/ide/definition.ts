/** Go to definition: where the symbol under the cursor is declared, in whichever file declares it. */
import type { Span } from '../text/span.js';
import { occurrenceAt, occurrencesOf } from './symbols.js';
import type { WorkspaceIndex } from './workspace.js';

export interface Location {
  readonly uri: string;
  readonly span: Span;
}

export function definition(index: WorkspaceIndex, uri: string, offset: number): Location[] {
  const at = occurrenceAt(index, uri, offset);
  if (!at) return [];
  return occurrencesOf(index, at.symbol.key)
    .filter((o) => o.declaration)
    .map((o) => ({ uri: o.uri, span: o.span }));
}
