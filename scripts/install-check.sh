#!/usr/bin/env bash
# Checks `make install` and `make uninstall` end to end: installs into a temporary PREFIX,
# runs the installed binary from another directory (by path and through PATH), checks that it
# reads the bundled graph from the installed resource bundle (not from this checkout), that
# the man page and the three completion scripts are there and well formed, then uninstalls
# and checks that nothing is left. Run from the repository root after `make release manual`.
set -euo pipefail

prefix=$(mktemp -d "${TMPDIR:-/tmp}/netgraph-prefix.XXXXXX")
trap 'rm -rf "$prefix"' EXIT
fail() { echo "install-check: $*" >&2; exit 1; }

make --no-print-directory install PREFIX="$prefix" >/dev/null
version=$(sed -n 's/^## \[\([0-9][0-9.]*\)\].*/\1/p' CHANGELOG.md | head -1)

binary="$prefix/bin/netgraph"
[ -L "$binary" ] || fail "$binary is not the link to libexec/netgraph/netgraph"
[ "$(cd / && "$binary" --version)" = "$version" ] || fail "--version is not the changelog's $version"
# As many entities as the bundled graph's file in this checkout holds, read explicitly.
expected=$("$binary" stats -g "$PWD/Sources/NetGraph/Resources/mexico-security.yaml" --format json | jq .nodes)
nodes=$(cd / && "$binary" stats --format json | jq .nodes)
[ "$nodes" = "$expected" ] || fail "stats of the bundled graph gave $nodes nodes, not $expected"

# The installed bundle, not the checkout the binary was built from: swap the installed graph
# for the starter graph (11 nodes) and run the binary through PATH from another directory,
# as a user would (argv[0] is then a bare name).
cp Tests/NetGraphTests/Fixtures/graphs/starter.yaml "$prefix/libexec/netgraph/netgraph_NetGraph.resources/mexico-security.yaml"
nodes=$(cd / && PATH="$prefix/bin:$PATH" netgraph stats --format json | jq .nodes)
[ "$nodes" = 11 ] || fail "netgraph on PATH read $nodes nodes, not the installed bundle's 11"

manual="$prefix/share/man/man1/netgraph.1"
[ -s "$manual" ] || fail "no man page at $manual"
grep -q '^\.Dt NETGRAPH 1' "$manual" || fail "$manual has no .Dt NETGRAPH 1 line"
if command -v man >/dev/null 2>&1; then
  rendered=$(MANWIDTH=80 MANPAGER=cat man -l "$manual" 2>/dev/null | sed "s/.\x08//g")
  grep -q "netgraph stats" <<<"$rendered" || fail "man -l $manual does not show the stats command"
fi

bash -n "$prefix/share/bash-completion/completions/netgraph" || fail "the bash completion does not parse"
grep -q '#compdef netgraph' "$prefix/share/zsh/site-functions/_netgraph" || fail "the zsh completion lacks #compdef"
grep -q "^complete -c 'netgraph'" "$prefix/share/fish/vendor_completions.d/netgraph.fish" || fail "the fish completion lacks complete -c 'netgraph'"

make --no-print-directory uninstall PREFIX="$prefix" >/dev/null
left=$(find "$prefix" \( -type f -o -type l \) | head -5)
[ -z "$left" ] || fail "make uninstall left: $left"
echo "install-check: installed, ran and uninstalled netgraph $version under a temporary PREFIX"
