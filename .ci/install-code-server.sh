#!/usr/bin/env bash
# Installs a real VS Code for the end-to-end tests: code-server VERSION from the npm
# registry into .cache/code-server/VERSION/, run by the project's own Node of the major that
# release requires (scripts/use-node.sh), plus Debian's chromium to drive it.
#
#   bash .ci/install-code-server.sh [VERSION]
#
# VERSION: default $SLA_CODE_SERVER_VERSION, else the one in .ci/code-server.version (the
# newest release that installs here, which the tests and `npm run editor` use by default).
#
# The Node major comes from the release's engines.node (4.139.1: 24, 4.103.2: 22) unless
# SLA_NODE says otherwise. The install folder gets a `node` link to that Node: the tests
# and `npm run editor` start code-server with it (test/e2e/support/code-server.ts).
#
# Follows shared/notes/real-editor.md: code-server's own postinstall downloads from GitHub,
# which fails here, so it is installed with --ignore-scripts and every native addon of its
# VS Code (each package with a binding.gyp, except the Windows-only ones and those the
# release itself does not allow to build) is rebuilt against that Node's headers
# (npm_config_nodedir, since headers cannot be downloaded either). Idempotent: does nothing
# when that version is installed for that Node. Compiler output goes to DIR/install.log.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

VERSION="${1:-${SLA_CODE_SERVER_VERSION:-$(cat .ci/code-server.version)}}"
DIR="${CODE_SERVER_DIR:-$ROOT/.cache/code-server/$VERSION}"
CS="$DIR/node_modules/code-server"
STAMP="$DIR/.installed"
LOG="$DIR/install.log"

PACKAGES=(libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev pkg-config python3 make g++ ripgrep chromium)
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

if [ -f "$STAMP" ] && [ -f "$CS/out/node/entry.js" ] && [ -x "$DIR/node" ] && "$DIR/node" -e 0 2>/dev/null; then
    echo "== code-server $VERSION already installed in $DIR ($(cat "$STAMP"))"
    exit 0
fi

echo "== code-server $VERSION into $DIR"
start=$(date +%s)
mkdir -p "$DIR"
rm -f "$STAMP" "$LOG"
[ -f "$DIR/package.json" ] || echo '{ "name": "code-server-host", "private": true }' > "$DIR/package.json"
# Any npm will do for fetching the files; the release's own Node builds the addons below.
(cd "$DIR" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error "code-server@$VERSION" </dev/null)

if [ -z "${SLA_NODE:-}" ]; then
    SLA_NODE=$(node -p 'String(require(process.argv[1]).engines?.node ?? "").match(/\d+/)?.[0] ?? ""' "$CS/package.json")
    [ -n "$SLA_NODE" ] || { echo "code-server $VERSION names no Node version in engines.node: set SLA_NODE" >&2; exit 1; }
fi
export SLA_NODE
. scripts/use-node.sh
NODE="$SLA_NODE_DIR/bin/node"
echo "== building its native addons for node $(node --version) (headers: $SLA_NODE_DIR/include/node)"
export npm_config_nodedir="$SLA_NODE_DIR"
export npm_config_yes=true # node-pty's build calls `npx node-gyp`

# Names of the packages in node_modules/ that compile a native addon on this platform.
native_addons() {
    node - "$1" <<'EOF'
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const dir = process.argv[2];
const allowed = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).allowScripts ?? {};
const forbidden = Object.entries(allowed).filter(([, v]) => v === false).map(([k]) => k.replace(/(.)@.*$/, '$1'));
const names = [];
for (const entry of readdirSync(join(dir, 'node_modules'))) {
    const scoped = entry.startsWith('@') ? readdirSync(join(dir, 'node_modules', entry)).map(n => `${entry}/${n}`) : [entry];
    for (const name of scoped) {
        if (!existsSync(join(dir, 'node_modules', name, 'binding.gyp'))) continue;
        const pkg = JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8'));
        if (/windows/.test(name) || (pkg.os && !pkg.os.includes(process.platform)) || forbidden.includes(name)) continue;
        names.push(name);
    }
}
console.log(names.join(' '));
EOF
}

# Requires every .node file built under DIR's build/ folders in this Node: an addon built
# against other headers fails here, not later inside code-server.
check_addons() {
    node - "$@" <<'EOF'
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const [dir, ...names] = process.argv.slice(2);
let failed = 0;
for (const name of names) {
    const release = join(dir, 'node_modules', name, 'build', 'Release');
    const files = existsSync(release) ? readdirSync(release).filter(f => f.endsWith('.node')) : [];
    for (const f of files) {
        try {
            process.dlopen({ exports: {} }, join(release, f));
        } catch (e) {
            // An addon with nothing for this platform (@vscode/deviceid's windows.node)
            // loads but registers nothing: not a failure. A wrong ABI or a missing symbol is.
            if (/did not self-register/.test(e.message)) continue;
            failed++;
            console.error(`   ${name}/${f}: ${e.message}`);
        }
    }
}
process.exit(failed ? 1 : 0);
EOF
}

step() { # step TITLE DIR COMMAND...: runs COMMAND in DIR, output to the log, its tail on failure
    local title=$1 dir=$2; shift 2
    echo "== $title"
    echo "== $title ($dir: $*)" >>"$LOG"
    if ! (cd "$dir" && "$@" </dev/null >>"$LOG" 2>&1); then
        tail -n 40 "$LOG" >&2
        echo "install-code-server: '$title' failed; whole output in $LOG" >&2
        exit 1
    fi
}

VS="$CS/lib/vscode"
step "lib/vscode: production dependencies" "$VS" npm install --omit=dev --ignore-scripts --no-audit --no-fund
ADDONS=$(native_addons "$VS")
step "lib/vscode: rebuild $ADDONS" "$VS" npm rebuild --foreground-scripts $ADDONS
step "lib/vscode: load the rebuilt addons in node $(node --version)" "$VS" check_addons "$VS" $ADDONS
# ripgrep: older releases expect @vscode/ripgrep's downloaded binary; newer ones carry
# every platform's in @vscode/ripgrep-universal.
if [ -d "$VS/node_modules/@vscode/ripgrep" ]; then
    mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
    cp /usr/bin/rg "$VS/node_modules/@vscode/ripgrep/bin/rg"
fi
ln -sfn node_modules "$VS/node_modules.asar"

step "lib/vscode/extensions: built-in extensions' dependencies" "$VS/extensions" npm install --omit=dev --ignore-scripts --no-audit --no-fund
step "code-server: argon2" "$DIR" npm rebuild argon2

ln -sfn "$NODE" "$DIR/node"
# It starts (prints its version) under that Node; the stamp names what is installed.
CODE_SERVER_CONFIG="$DIR/config.yaml" "$DIR/node" "$CS/out/node/entry.js" --version | tail -n 1
vscode=$(node -p 'require(process.argv[1]).version' "$VS/package.json")
echo "code-server $VERSION (VS Code $vscode) on node $("$DIR/node" --version)" > "$STAMP"
echo "== $(cat "$STAMP") installed in $(( $(date +%s) - start )) s"
