#!/usr/bin/env node
import '../out/cli.mjs';
