#!/usr/bin/env bash
# Installs what the VS Code end-to-end test (test/e2e/vscode, PAYPLAN_E2E_VSCODE=1) needs, offline
# except for the npm registry and Debian's packages:
#   - Debian's chromium (driven by playwright-core), ripgrep (code-server needs rg) and libkrb5-dev
#     (code-server's kerberos module builds from source);
#   - code-server 4.100.3 (VS Code 1.100.3, the newest release that runs on Node 20) from npm, in
#     .cache/code-server (git-ignored), outside the project's own dependencies.
# Idempotent: each step is skipped when its result is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
VERSION=4.100.3
DEST="$ROOT/.cache/code-server"
BIN="$DEST/node_modules/.bin/code-server"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
if [ "${#need[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends "${need[@]}"
fi

if [ -x "$BIN" ] && [ "$(cat "$DEST/.version" 2>/dev/null)" = "$VERSION" ]; then
  echo "code-server $VERSION already installed in $DEST"
  exit 0
fi

# @vscode/ripgrep downloads rg from GitHub unless its cache holds the tarball: give it Debian's rg
# (the same 13.0.0).
TMP="${TMPDIR:-/tmp}"
RGCACHE="$TMP/vscode-ripgrep-cache-1.15.11"
RGTAR="$RGCACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$RGTAR" ]; then
  mkdir -p "$RGCACHE"
  work="$(mktemp -d)"
  cp "$(command -v rg)" "$work/rg"
  tar -czf "$RGTAR" -C "$work" rg
  rm -rf "$work"
fi

mkdir -p "$DEST"
[ -f "$DEST/package.json" ] || echo '{ "name": "payplan-vscode-e2e", "private": true }' > "$DEST/package.json"
# node-pty runs `npx node-gyp` (npm's `yes=false` would refuse); node-gyp uses the local headers.
(cd "$DEST" && npm_config_yes=true npm_config_nodedir="${npm_config_nodedir:-/usr}" \
  npm install --no-audit --no-fund --unsafe-perm "code-server@$VERSION")
echo "$VERSION" > "$DEST/.version"
# code-server writes a config into $HOME even for --version: give it a throwaway one.
VHOME="$(mktemp -d)"
echo "installed: code-server $(HOME="$VHOME" "$BIN" --version 2>/dev/null | tail -n 1)"
rm -rf "$VHOME"
