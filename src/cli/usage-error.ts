/** A mistake in how payplan was called (unknown flag or command, missing file): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
