#!/usr/bin/env bash
# Prints the rows of the "Now" table in docs/evaluation.md: every eval set, curated and reference mode.
# Usage: scripts/eval-table.sh   (after dotnet build; needs ../shared for the dev set)
set -euo pipefail
cd "$(dirname "$0")/.."
C="dotnet src/ClaimCheck.Cli/bin/Debug/net10.0/ClaimCheck.Cli.dll"
S=claims/sources/globalsecurity-iraq-foreign-relations.txt
E=tests/ClaimCheck.Tests/Fixtures/Eval
row(){ # name mode file [source]
  out=$($C eval "$3" ${4:+--source "$4"} 2>&1 | tail -2 | tr '\n' ' ')
  t=$(echo "$out" | grep -oP 'total \K\d+'); a=$(echo "$out" | grep -oP 'accuracy \K[0-9.]+'); m=$(echo "$out" | grep -oP 'macro-F1 \K[0-9.]+')
  c=$(echo "$out" | grep -oP 'critical errors \K\d+'); e=$(echo "$out" | grep -oP 'evidence hit \K[0-9.]+'); f=$(echo "$out" | grep -oP 'FEVER score \K[0-9.]+')
  echo "| $1 | $2 | $t | $a | $m | $e | $f | $c |"
}
row "shared dev set" "curated claims" ../shared/eval/dev.jsonl
row "shared dev set" "reference (seed source only)" ../shared/eval/dev.jsonl $S
for n in iraq-paraphrases iraq-probe iraq-heldout iraq-heldout2 iraq-heldout3 iraq-heldout4 iraq-heldout5 iraq-heldout6 iraq-heldout7 iraq-heldout8 iraq-heldout9 iraq-heldout10 iraq-heldout11 iraq-heldout12 iraq-heldout13 iraq-heldout14 iraq-heldout15 iraq-heldout16; do
  row $n curated $E/$n.jsonl; row $n reference $E/$n.jsonl $S; done
for n in nordic-defence andes-trade news-gulf-shipping gulf-energy levant-policy vietnam-asean news-sahel brazil-relations news-baltic-energy kazakhstan-relations ethiopia-relations news-pacific-islands indonesia-relations news-red-sea morocco-relations news-arctic kenya-relations news-danube-grain philippines-relations news-panama-canal chile-relations news-congo-cobalt ghana-relations news-mekong-dams mongolia-relations news-peru-copper vietnam-foreign-relations news-rotterdam-strike; do row $n reference $E/$n.jsonl $E/sources/$n.txt; done
