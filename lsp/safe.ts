/**
 * Every handler runs through `safely`: a feature that throws answers its empty value and logs the
 * error to the client's console, and the server carries on. Nothing a request does may end it.
 */
import type { Connection } from 'vscode-languageserver/node.js';

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export function safely<P, R>(connection: Connection, feature: string, empty: R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
  return async (params: P) => {
    try {
      return await handler(params);
    } catch (error) {
      connection.console.error(`payplan: ${feature} failed: ${describeError(error)}`);
      return empty;
    }
  };
}
