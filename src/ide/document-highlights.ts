/** Document highlights: the symbol under the cursor in this file, its declaration marked as a write. */
import type { Span } from '../text/span.js';
import { fileOccurrences, occurrenceAt } from './symbols.js';
import type { WorkspaceIndex } from './workspace.js';

export interface Highlight {
  readonly span: Span;
  readonly kind: 'read' | 'write';
}

export function documentHighlights(index: WorkspaceIndex, uri: string, offset: number): Highlight[] {
  const at = occurrenceAt(index, uri, offset);
  if (!at) return [];
  return fileOccurrences(index, uri)
    .filter((o) => o.symbol.key === at.symbol.key)
    .map((o) => ({ span: o.span, kind: o.declaration ? 'write' : 'read' }));
}
