/** What every handler gets: the connection and the documents (with the workspace index). */
import type { Connection } from 'vscode-languageserver/node.js';
import type { Documents } from '../documents.js';

export interface ServerContext {
  readonly connection: Connection;
  readonly docs: Documents;
  /** What the client said it supports, where a handler's answer depends on it. */
  readonly client: { codeLensRefresh: boolean; snippets: boolean };
}
