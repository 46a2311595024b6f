#!/usr/bin/env node
// The `agile-neurons` command (package.json "bin"). See program.ts for the commands.
import { runCli } from './program.js';

process.exitCode = await runCli(process.argv.slice(2));
