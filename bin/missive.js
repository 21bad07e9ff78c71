#!/usr/bin/env node
// The compiled CLI (npm install builds it through the `prepare` script).
import { main } from '../dist/src/cli/main.js';

const code = await main(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
