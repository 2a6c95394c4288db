#!/usr/bin/env node
// Loads the TypeScript CLI (and, through it, TypeScript apps) with tsx's loader.
import {register} from 'tsx/esm/api';

register();
await import('../cli.tsx');
