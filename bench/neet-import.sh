#!/usr/bin/env bash
# `waymark import neet-dashboard` of DfE's 2022 NEET dashboard (160 areas, 960 figures) into a fresh SQLite store
# holding only the LA list, timed with hyperfine beside two anchors measured in the same run: `waymark --help` (the
# start-up every command pays) and `sqlite3 .import` of the same file into a table of text columns (the fastest a
# CSV reaches SQLite, with no checking).
# Usage: bash bench/neet-import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dll="${WAYMARK_DLL:-src/Waymark.Cli/bin/Release/net10.0/waymark.dll}"
file="data/public/dfe_neet_la_dashboard_2022.csv"
work="$(mktemp -d /tmp/waymark-neet-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT

[ -n "${WAYMARK_NO_BUILD:-}" ] || dotnet build src/Waymark.Cli -c Release >/dev/null
dotnet "$dll" import areas data/public/la_code_list.csv --database "sqlite:$work/template.db" >/dev/null

bash bench/machine.sh
cp "$work/template.db" "$work/check.db"
dotnet "$dll" import neet-dashboard "$file" --database "sqlite:$work/check.db"
hyperfine --warmup 2 --runs "${RUNS:-15}" -N \
  --prepare "true" \
  --prepare "cp $work/template.db $work/store.db" \
  --prepare "rm -f $work/anchor.db" \
  "dotnet $dll --help" \
  "dotnet $dll import neet-dashboard $file --database sqlite:$work/store.db" \
  "sqlite3 $work/anchor.db '.import --csv $file neet'"
echo "load: $(uptime)"
