#!/usr/bin/env bash
# One-time setup on a fresh machine: installs the pinned pnpm, then the workspace.
# Safe to run again: each step is skipped when already satisfied.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION="$(node -p "require('./package.json').packageManager.replace(/^pnpm@/, '').split('+')[0]")"

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "setup: installing pnpm@$PNPM_VERSION with npm"
  npm install --global --no-fund --no-audit --allow-scripts=pnpm "pnpm@$PNPM_VERSION"
fi

# better-sqlite3 (@halo/sync's SQLite store) compiles with node-gyp during the install; its
# prebuilt binary and node-gyp's header download live outside the npm registry, so node-gyp is
# pointed at the headers Node ships with when they are on the machine (npm test and npm run demo
# both come through here).
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node_version.h ]; then
  export npm_config_nodedir=/usr
fi

# Corepack cannot verify signatures on this registry; nx's daemon and cloud stay off.
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
pnpm install --frozen-lockfile --prefer-offline
