#!/usr/bin/env node
/** The `payplan` executable: runs main() on the process's arguments and sets the exit code. */
import { main } from './main.js';

// `payplan check … | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await main(process.argv.slice(2));
