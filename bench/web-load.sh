#!/usr/bin/env bash
# The web app under load from 127.0.0.1: starts Waymark.Web (Release) on a SQLite store that it fills with the demo
# council on first run, signs in as the demo administrator (the sign-in form with its antiforgery token), then
# loads the home page, the indicator list, the LAIT measures' list and one indicator's page in turn with wrk, each for
# DURATION (default 20 s) with CONNECTIONS (default 50) connections on 2 threads, ROUNDS times (default 1), sending the
# cookies a browser holds after signing in (session and antiforgery), and prints requests/s, p50/p95/p99, errors, the
# load average and the server's CPU time per request.
# Usage: bash bench/web-load.sh [DATABASE_FILE]   (default /tmp/waymark-web.db, kept between runs)
# WAYMARK_WEB_DLL=path/to/Waymark.Web.dll measures another build, run from its own folder.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-/tmp/waymark-web.db}"
port="${PORT:-5090}"
duration="${DURATION:-20s}"
connections="${CONNECTIONS:-50}"
rounds="${ROUNDS:-1}"
base="https://127.0.0.1:$port"
work="$(mktemp -d)"
# The session and antiforgery cookies are Secure only, so the app is served over HTTPS with a throw-away certificate.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 1 -subj /CN=127.0.0.1 2>/dev/null
[ -n "${WAYMARK_NO_BUILD:-}" ] || dotnet build src/Waymark.Web -c Release >/dev/null

dll="${WAYMARK_WEB_DLL:-bin/Release/net10.0/Waymark.Web.dll}"
folder="src/Waymark.Web"
[ -z "${WAYMARK_WEB_DLL:-}" ] || { folder="$(dirname "$WAYMARK_WEB_DLL")"; dll="$(basename "$WAYMARK_WEB_DLL")"; }
(cd "$folder" && WAYMARK_DATABASE="sqlite:$db" ASPNETCORE_URLS="$base" ASPNETCORE_ENVIRONMENT=Production \
  ASPNETCORE_Kestrel__Certificates__Default__Path="$work/cert.pem" ASPNETCORE_Kestrel__Certificates__Default__KeyPath="$work/key.pem" \
  exec dotnet "$dll") >"$work/web.log" 2>&1 &
web=$!
trap 'kill $web 2>/dev/null; wait $web 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 600); do
  curl -ks -o /dev/null "$base/sign-in" && break
  kill -0 $web 2>/dev/null || { cat "$work/web.log"; exit 1; }
  sleep 1
done

# The demo accounts are printed only when the store is first filled; keep them beside the store.
accounts="$db.accounts"
if grep -E '^ +[a-z-]+ +[^ ]+@[^ ]+ +password ' "$work/web.log" >"$accounts.new"; then mv "$accounts.new" "$accounts"; else rm -f "$accounts.new"; fi
read -r _ email _ password < <(grep -E '^ +administrator ' "$accounts")

cookies() { grep -i '^set-cookie:' "$1" | sed -E 's/^[Ss]et-[Cc]ookie: *([^;]*).*/\1/' | paste -sd ';' | sed 's/;/; /g'; }
curl -ks -D "$work/get.h" -o "$work/form.html" "$base/sign-in"
token="$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$work/form.html" | sed 's/.*value="//;s/"$//')"
[ -n "$token" ] || token="$(grep -o '__RequestVerificationToken[^>]*' "$work/form.html" | grep -o 'value="[^"]*"' | sed -n 1p | sed 's/value="//;s/"$//')"
curl -ks -D "$work/post.h" -o /dev/null -H "Cookie: $(cookies "$work/get.h")" \
  --data-urlencode "Email=$email" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/sign-in"
session="$(cookies "$work/post.h" | tr ';' '\n' | grep -o 'waymark-session=.*' || true)"
[ -n "$session" ] || { echo "sign-in failed"; head -5 "$work/post.h"; exit 1; }
antiforgery="$(cookies "$work/get.h" | tr ';' '\n' | grep -o 'waymark-antiforgery=.*' || true)"
session="$session${antiforgery:+; $antiforgery}"
export WAYMARK_COOKIE="$session"

indicator="$(curl -ks -H "Cookie: $session" "$base/indicators" | grep -o 'href="/indicators/[0-9]*"' | sed -n 1p | sed 's/href="//;s/"$//')"
# EXTRA_PAGES adds pages by code, such as "PrevRegCPR" for a measure's funnel plot.
pages=(/ /indicators "/indicators?set=lait" "$indicator")
for code in ${EXTRA_PAGES:-}; do
  pages+=("/indicators/$(sqlite3 "$db" "SELECT id FROM indicators WHERE code = '$code'")")
done
for page in "${pages[@]}"; do
  status="$(curl -ks -o "$work/page.html" -w '%{http_code}' -H "Cookie: $session" "$base$page")"
  echo "$page: HTTP $status, $(wc -c <"$work/page.html") bytes"
done

# A server runs for long: each page is first loaded for WARMUP (default 5 s, not recorded) so that its code is compiled.
for page in "${pages[@]}"; do
  wrk -t2 -c"$connections" -d"${WARMUP:-5s}" --timeout 10s -s bench/web-load.lua "$base$page" >/dev/null
done

bash bench/machine.sh
cpu() { awk '{print $14 + $15}' "/proc/$web/stat"; }
for round in $(seq "$rounds"); do
  for page in "${pages[@]}"; do
    echo "== round $round: $page, $connections connections, $duration, load: $(uptime | sed 's/.*load average: //')"
    before="$(cpu)"
    wrk -t2 -c"$connections" -d"$duration" --timeout 10s -s bench/web-load.lua "$base$page" | grep -E '^RESULT|Non-2xx|Socket errors' | tee "$work/wrk.out"
    requests="$(sed -n 's/^RESULT requests=\([0-9]*\).*/\1/p' "$work/wrk.out")"
    echo "server CPU: $(awk -v a="$before" -v b="$(cpu)" -v t="$(getconf CLK_TCK)" -v n="${requests:-0}" 'BEGIN { printf "%.1f s, %.2f ms a request", (b - a) / t, (n > 0) ? (b - a) / t * 1000 / n : 0 }')"
  done
done
echo "load: $(uptime)"
