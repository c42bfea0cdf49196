#!/usr/bin/env node
// The command line needs Node 22+ (engines.node); on an older Node it would fail deep inside
// with an internal error, so say what is wrong before loading anything.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
    process.stderr.write(`sla: needs Node 22 or newer; this is Node ${process.versions.node}\n`);
    process.exit(2);
}
// `sla simulate` runs in a child Node with heap limits (heap-limits.js says why).
import { fileURLToPath } from 'node:url';
const { runWithHeapLimits } = await import('./heap-limits.js');
if (!(await runWithHeapLimits(fileURLToPath(import.meta.url), process.argv.slice(2)))) await import('../out/cli.mjs');
