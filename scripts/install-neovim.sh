#!/usr/bin/env bash
# Installs Neovim from Debian's packages for the end-to-end language server test
# (test/e2e/neovim). Idempotent: does nothing when `nvim` is already installed.
set -euo pipefail

if command -v nvim >/dev/null 2>&1; then
  echo "neovim already installed: $(nvim --version | head -n 1)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends neovim
echo "installed: $(nvim --version | head -n 1)"
