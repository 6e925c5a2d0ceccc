#!/usr/bin/env node
/** The `payplan` executable: runs main() on the process's arguments and sets the exit code. */
import { guardProcess, main } from './main.js';

guardProcess();

process.exitCode = await main(process.argv.slice(2));
