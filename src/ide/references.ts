/** Find references: every place in the workspace that names the symbol under the cursor. */
import type { Location } from './definition.js';
import { occurrenceAt, occurrencesOf } from './symbols.js';
import type { WorkspaceIndex } from './workspace.js';

export function references(index: WorkspaceIndex, uri: string, offset: number, includeDeclaration: boolean): Location[] {
  const at = occurrenceAt(index, uri, offset);
  if (!at) return [];
  return occurrencesOf(index, at.symbol.key)
    .filter((o) => includeDeclaration || !o.declaration)
    .map((o) => ({ uri: o.uri, span: o.span }));
}
