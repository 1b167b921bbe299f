#!/usr/bin/env node
// The installed command: runs the compiled CLI (build with `npm run build`).
import {main} from '../dist/cli/main.js'

await main(process.argv)
