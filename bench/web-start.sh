#!/usr/bin/env bash
# The web app's start: from launching the process to its first answered page, beside the same app's warm request
# (the anchor, measured in the same run). Two builds side by side: the one bash scripts/run starts (published
# ReadyToRun into .build/web) and a plain Release build (src/Waymark.Web/bin/Release/net10.0). For each, RUNS starts
# on a store that already holds the demo (start-up alone), and one start on an empty store, which loads the demo
# council first as the first run of scripts/run does. The page asked for is /sign-in, the first page a person sees.
# Usage: bash bench/web-start.sh   (RUNS, default 5; PORT, default 5098; WAYMARK_NO_BUILD=1: use the builds made)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [ -z "${WAYMARK_NO_BUILD:-}" ]; then
  dotnet publish src/Waymark.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o .build/web >/dev/null
  dotnet build src/Waymark.Web -c Release >/dev/null
fi
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 1 -subj /CN=127.0.0.1 2>/dev/null
bash bench/machine.sh
python3 - "$root" "$work" "${RUNS:-5}" "${PORT:-5098}" <<'PY'
import os, shutil, ssl, statistics, subprocess, sys, time, urllib.request
root, work, runs, port = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
url = f"https://127.0.0.1:{port}/sign-in"
context = ssl.create_default_context(); context.check_hostname = False; context.verify_mode = ssl.CERT_NONE
builds = [("ReadyToRun (scripts/run)", f"{root}/.build/web", "Waymark.Web.dll"),
          ("plain Release build", f"{root}/src/Waymark.Web", "bin/Release/net10.0/Waymark.Web.dll")]

def get():
    with urllib.request.urlopen(url, context=context, timeout=60) as r:
        r.read()
        return r.status

def start(folder, dll, db):
    env = dict(os.environ, WAYMARK_DATABASE=f"sqlite:{db}", ASPNETCORE_URLS=f"https://127.0.0.1:{port}",
               ASPNETCORE_ENVIRONMENT="Production", ASPNETCORE_CONTENTROOT=folder,
               ASPNETCORE_Kestrel__Certificates__Default__Path=f"{work}/cert.pem",
               ASPNETCORE_Kestrel__Certificates__Default__KeyPath=f"{work}/key.pem")
    t0 = time.perf_counter()
    p = subprocess.Popen(["dotnet", dll], cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        try:
            if get() == 200:
                first = time.perf_counter() - t0
                break
        except Exception:
            if p.poll() is not None:
                raise SystemExit(f"the app stopped with {p.returncode}")
            time.sleep(0.01)
    warm = []
    for _ in range(20):
        t = time.perf_counter(); get(); warm.append(time.perf_counter() - t)
    p.terminate(); p.wait()
    return first, statistics.median(warm)

print("| build | store | starts | first answered page, median | min | max | warm request, median | first ÷ warm |")
print("|---|---|---|---|---|---|---|---|")
for name, folder, dll in builds:
    db = f"{work}/demo.db"
    for f in (db, db + "-wal", db + "-shm"):
        if os.path.exists(f): os.remove(f)
    empty_first, empty_warm = start(folder, dll, db)
    firsts, warms = [], []
    for _ in range(runs):
        f, w = start(folder, dll, db); firsts.append(f); warms.append(w)
    m, w = statistics.median(firsts), statistics.median(warms)
    print(f"| {name} | holds the demo | {runs} | {m*1000:.0f} ms | {min(firsts)*1000:.0f} ms | {max(firsts)*1000:.0f} ms | {w*1000:.1f} ms | {m/w:.0f} |")
    print(f"| {name} | empty: the demo is loaded first | 1 | {empty_first*1000:.0f} ms | | | {empty_warm*1000:.1f} ms | {empty_first/empty_warm:.0f} |")
print(f"load: {os.getloadavg()}")
PY
