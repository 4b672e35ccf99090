#!/usr/bin/env bash
# Installs what the benchmarks under bench/ use besides the project's own setup (scripts/setup): hyperfine, which
# times whole commands, wrk, which loads the web pages, and sqlite3, an anchor. All three are Debian packages.
set -euo pipefail
missing=()
for tool in hyperfine wrk sqlite3; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ ${#missing[@]} -eq 0 ] && exit 0
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
