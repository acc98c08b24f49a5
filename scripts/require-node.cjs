/*
 * Runs first in every npm script (see package.json) and stops with one plain sentence
 * when this Node.js is too old for the wiki. Every other script is TypeScript that Node
 * runs directly, and an older Node dies on a `.ts` file with ERR_UNKNOWN_FILE_EXTENSION
 * before any of our code could explain. So this file is CommonJS written for any Node
 * that exists (no `const`, no arrow functions, no optional chaining), and the minimum is
 * read from `engines.node` in package.json: one number, the one npm enforces too.
 */
'use strict';

var fs = require('fs');
var path = require('path');

/** "22.19.0" from ">=22.19.0"; the package states its minimum in that form. */
function minimumOf(range) {
  var match = /^\s*>=\s*(\d+)\.(\d+)\.(\d+)\s*$/.exec(range || '');
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** [major, minor, patch] of a version string like "20.20.2" or "v24.1.0". */
function partsOf(version) {
  return String(version).replace(/^v/, '').split('.').map(function (part) { return Number(part) || 0; });
}

function isAtLeast(version, minimum) {
  for (var i = 0; i < 3; i++) {
    if ((version[i] || 0) !== minimum[i]) return (version[i] || 0) > minimum[i];
  }
  return true;
}

/**
 * The message for a Node older than the minimum, or undefined when it is recent
 * enough. `version` is `process.versions.node`; `execPath` says which binary ran.
 */
function tooOldMessage(version, range, execPath) {
  var minimum = minimumOf(range);
  if (!minimum || isAtLeast(partsOf(version), minimum)) return undefined;
  var wanted = minimum[0] + '.' + minimum[1] + (minimum[2] ? '.' + minimum[2] : '');
  return [
    'DevRel Wiki needs Node.js ' + wanted + ' or newer, and this is Node.js ' + version + (execPath ? ' (' + execPath + ')' : '') + '.',
    'Install Node.js 24 LTS: from https://nodejs.org, or with a version manager in this folder',
    '(`nvm install` or `fnm use` read the version from .nvmrc). Then run `npm install` and this command again.',
  ].join('\n');
}

module.exports = { tooOldMessage: tooOldMessage };

if (require.main === module) {
  var manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
  var message = tooOldMessage(process.versions.node, manifest.engines && manifest.engines.node, process.execPath);
  if (message) {
    process.stderr.write(message + '\n');
    process.exit(1);
  }
}
