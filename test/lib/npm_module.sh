#!/usr/bin/env bash
# npm_module.sh NAME@VERSION: install one npm package (with Node.js's own
# npm, from the npm registry) into a cache folder outside the repository,
# once, and print the folder's node_modules for NODE_PATH.  The folder is
# $VIGO_CAL_NPM_CACHE, default /tmp/vigo_cal-npm/NAME@VERSION.
set -euo pipefail
spec=${1:?usage: npm_module.sh NAME@VERSION}
dir=${VIGO_CAL_NPM_CACHE:-/tmp/vigo_cal-npm}/$spec
name=${spec%@*}
if [ ! -f "$dir/node_modules/$name/package.json" ]; then
    mkdir -p "$dir"
    npm install --silent --no-audit --no-fund --prefix "$dir" "$spec" >&2
fi
echo "$dir/node_modules"
