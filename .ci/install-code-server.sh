#!/usr/bin/env bash
# Installs a real VS Code for the end-to-end tests: code-server 4.100.3 (VS Code 1.100.3,
# the last release on Node 20) into .cache/code-server, and Debian's chromium to drive it.
# Follows shared/notes/real-editor.md: code-server's own postinstall downloads from GitHub,
# which fails here, so it is installed with --ignore-scripts and its native addons are
# rebuilt against Debian's headers. Idempotent: does nothing when already installed.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=4.100.3
DIR="${CODE_SERVER_DIR:-$PWD/.cache/code-server}"
CS="$DIR/node_modules/code-server"
STAMP="$DIR/.installed-$VERSION"

PACKAGES=(libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev pkg-config ripgrep chromium)
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "== apt-get install ${missing[*]}"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
fi

if [ -f "$STAMP" ] && [ -f "$CS/out/node/entry.js" ]; then
    echo "== code-server $VERSION already installed in $DIR"
    exit 0
fi

echo "== code-server $VERSION into $DIR"
start=$(date +%s)
mkdir -p "$DIR"
rm -f "$DIR"/.installed-*
[ -f "$DIR/package.json" ] || echo '{ "name": "code-server-host", "private": true }' > "$DIR/package.json"
(cd "$DIR" && npm install --no-audit --no-fund --ignore-scripts "code-server@$VERSION" </dev/null)

echo "== lib/vscode: production dependencies and native addons"
(cd "$CS/lib/vscode" \
    && npm install --omit=dev --ignore-scripts --no-audit --no-fund </dev/null \
    && npm_config_yes=true npm rebuild @parcel/watcher @vscode/spdlog kerberos native-watchdog node-pty @vscode/deviceid </dev/null \
    && mkdir -p node_modules/@vscode/ripgrep/bin \
    && cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg \
    && ln -sfn node_modules node_modules.asar)

echo "== lib/vscode/extensions: built-in extensions' dependencies"
(cd "$CS/lib/vscode/extensions" && npm install --omit=dev --ignore-scripts --no-audit --no-fund </dev/null)

echo "== code-server: argon2 (hoisted to the install folder)"
(cd "$DIR" && npm rebuild argon2 </dev/null)

CODE_SERVER_CONFIG="$DIR/config.yaml" node "$CS/out/node/entry.js" --version
touch "$STAMP"
echo "== code-server installed in $(( $(date +%s) - start )) s"
