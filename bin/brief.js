#!/usr/bin/env node
// Starts brief from its bundle (scripts/build.js). Where Node can keep the
// code it compiled on disk for the next run (module.enableCompileCache, Node
// 22.1 and later) it does so; Node 20 compiles as it loads.
import module from 'node:module';

module.enableCompileCache?.();
const {runBrief} = await import('../dist/cli.js');
runBrief();
