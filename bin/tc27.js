#!/usr/bin/env node
// Installed entry point: runs the compiled CLI (built by `npm install` through the prepare script).
require("../dist/cli/main.js");
