#!/usr/bin/env python3
"""Writes indicators.csv, targets.csv, results.csv and framework.json for one board with N indicators, five
quarters of results (2009/10 Q3 to 2010/11 Q3; one indicator in 25 has no result yet for 2010/11 Q3), annual
targets and ten high-risk priorities with a tracker each for 2010/11 Q3, rated red, amber or green. As on a real
board, three quarters of the indicators are aligned to a priority and the rest to none, so the report's indicator
appendix holds those outside any tracker in full: the unaligned ones and those of the green trackers."""
import csv, json, os, random, sys

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
priorities = 10
board = "Performance Scrutiny Board"
quarters = ["2009/10 Q3", "2009/10 Q4", "2010/11 Q1", "2010/11 Q2", "2010/11 Q3"]
rng = random.Random(42)
os.makedirs(out, exist_ok=True)
codes = [f"BM {i:03d}" for i in range(1, count + 1)]
kinds = [("percent", "higher", "snapshot", 1), ("number", "lower", "cumulative", 0), ("percent", "lower", "ratio", 1), ("number", "higher", "snapshot", 2)]

with open(os.path.join(out, "indicators.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["code", "title", "unit", "polarity", "frequency", "aggregation", "tolerance", "decimals", "source"])
    for i, c in enumerate(codes):
        unit, pol, agg, dec = kinds[i % 4]
        w.writerow([c, f"Benchmark indicator {i + 1}: share of cases completed on time in service area {i % 17 + 1}", unit, pol, "quarterly", agg, "", dec, "illustrative"])

with open(os.path.join(out, "targets.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["indicator", "period", "target", "source"])
    for c in codes:
        for y in ["2009/10", "2010/11"]:
            w.writerow([c, y, f"{rng.uniform(40, 80):.1f}", "illustrative"])

with open(os.path.join(out, "results.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["indicator", "period", "value", "numerator", "denominator", "predicted_year_end", "data_quality", "commentary", "source"])
    for i, c in enumerate(codes):
        base = rng.uniform(40, 80)
        for q in quarters:
            base += rng.uniform(-5, 5)
            if q == quarters[-1] and i % 25 == 24:
                continue
            if kinds[i % 4][2] == "ratio":
                den = rng.randint(200, 400)
                num = round(den * base / 100)
                w.writerow([c, q, f"{100 * num / den:.1f}", num, den, "", "", "", "illustrative"])
            else:
                note = "Fewer cases were closed this quarter while two posts were vacant." if rng.random() < 0.2 else ""
                w.writerow([c, q, f"{base:.1f}", "", "", "", "", note, "illustrative"])

people = [("admin@example.org", "Ava Admin", ["administrator"]), ("director@example.org", "Dana Director", ["director"])]
people += [(f"officer{p}@example.org", f"Officer {p}", ["accountable-officer"]) for p in range(1, priorities + 1)]
users = [{"email": e, "name": n, "roles": r} for e, n, r in people]
aligned = count * 3 // 4
per = aligned // priorities
ratings = ["red", "amber", "amber", "green", "red", "amber", "green", "amber", "green", "amber"]
prios = []
trackers = []
for p in range(priorities):
    code = f"BP-{p + 1}"
    prios.append({"code": code, "title": f"Improve timeliness in service area {p + 1}", "outcome": "O1",
                  "directorate": "Corporate Services", "lead_officer": f"officer{p + 1}@example.org",
                  "accountable_director": "director@example.org", "high_risk": True, "boards": [board],
                  "indicators": codes[p * per:(p + 1) * per]})
    rating = ratings[p % len(ratings)]
    trackers.append({"priority": code, "period": quarters[-1], "proposed_rating": rating, "agreed_rating": rating,
                     "direction": "improving",
                     "contextual_update": "Timeliness improved for the second quarter running, though still short of target in two teams.",
                     "challenges_and_risks": "Two vacant posts; rising referrals since September.",
                     "key_actions": [{"action": f"Review the caseload of team {k + 1}", "owner": f"Officer {p + 1}", "due": "2011-03-31", "progress": "Started in December."} for k in range(3)],
                     "state": "agreed", "illustrative": True})
framework = {
    "council": {"name": "Benchmark City Council"},
    "directorates": [{"name": "Corporate Services"}],
    "boards": [{"name": board, "indicators": codes}],
    "users": users,
    "plans": [{"code": "BP", "title": "Benchmark Plan 2009-11", "first_year": "2009/10", "last_year": "2010/11",
               "outcomes": [{"code": "O1", "title": "Timely services"}], "priorities": prios}],
    "trackers": trackers,
}
with open(os.path.join(out, "framework.json"), "w") as f:
    json.dump(framework, f, indent=1)
