#!/usr/bin/env bash
# Timed CLI runs (hyperfine: medians over repeated runs) of the main jobs, on a Release build.
# Usage: scripts/bench.sh [runs]   (needs hyperfine: apt-get install hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
dotnet build src/ClaimCheck.Cli -c Release -v q -nologo >/dev/null
cli="dotnet src/ClaimCheck.Cli/bin/Release/net10.0/ClaimCheck.Cli.dll"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

# A large document: the sample article 200 times (about 3,000 checked sentences).
for i in $(seq 200); do cat samples/iraq-article.md; echo; done > "$work/large.md"

hyperfine --warmup 2 --runs "$runs" --export-json "$work/bench.json" -N \
  "$cli --help" \
  "$cli check samples/iraq-article.md --claims claims --fail-on never" \
  "$cli check $work/large.md --claims claims --fail-on never" \
  "$cli eval ../shared/eval/dev.jsonl --claims claims" \
  "$cli eval ../shared/eval/dev.jsonl --source claims/sources/globalsecurity-iraq-foreign-relations.txt" >/dev/null

python3 - "$work/bench.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
names = ["startup (--help)", "check sample (21 sentences)", "check large (200x sample)", "eval dev, curated (44)", "eval dev, reference mode (44)"]
median = [r["median"] for r in results]
for name, r in zip(names, results):
    print(f"{name:34s} median {r['median']*1000:8.0f} ms   (min {r['min']*1000:.0f}, max {r['max']*1000:.0f})")
per_sentence = (median[2] - median[1]) / (199 * 21) * 1000
print(f"marginal cost per checked sentence: {per_sentence:.2f} ms;  large/sample ratio {median[2]/median[1]:.1f}x for 200x the text")
PY
