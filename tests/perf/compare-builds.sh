#!/usr/bin/env bash
# What adding AiCompliance costs a user's build (issue 18), as the user gets it: the packed package from a feed.
#
#   bash tests/perf/compare-builds.sh [TYPES ...]          (default: 3000; e.g. 1000 5000 20000)
#
# For each size, writes issue 18's service project with the corpus generator (--shape service: 3% declared models, 2%
# undeclared IChatClient helpers, the rest records, generic services and partial controllers; it references the real
# Microsoft.Extensions.AI.Abstractions) and the same project without AI code or AI reference (--shape noai), then runs
# ROUNDS (default 3) rounds of `dotnet build -c Release --no-incremental` over the variants, interleaved (each round
# starts at another variant), and prints the median Csc task time (-clp:PerformanceSummary) of each variant:
#   a  compiler only (RunAnalyzers=false)
#   b  + the .NET SDK's default analyzers
#   c  b + AiCompliance (recommended mode), through the packed package
#   cs b + AiCompliance in strict mode (its errors demoted to warnings by a global config, so that csc still emits
#      and the build does the same work as recommended plus the strict rules)
#   d  b + Meziantou.Analyzer (the version of tests/AiCompliance.Benchmarks), for comparison
#   and, on the project without AI: b and c.
# and the marginal costs (c-b)/b and (d-b)/b; a second row gives the same for the build's CPU time (user + system of
# every process of the build, csc run as its own process), which other processes on a shared machine disturb far less
# than the Csc task's wall-clock time. Read the spread column. KEEP=1 keeps the
# temporary folder (one build log per build under logs/). VARIANTS="service:b service:c service:d" runs a subset (the
# others print as nan); "web:b web:c" adds the service project as an ASP.NET Core web API (--shape web: its
# controllers derive from ControllerBase and it references the ASP.NET Core shared framework, so the request-to-prompt
# rule AIC405 runs on every type), printed as its own rows.
set -euo pipefail

sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(3000)
rounds="${ROUNDS:-3}"
seed="${SEED:-20260115}"
meziantou="${MEZIANTOU_VERSION:-3.0.341}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
perf_setup compare

# 1. The package, packed from this working tree, and the generator.
quiet pack dotnet pack "$repo/sdk/AiCompliance/AiCompliance.csproj" -c Release -o "$work/feed"
quiet generator dotnet build "$repo/tests/AiCompliance.CorpusGenerator/AiCompliance.CorpusGenerator.csproj" -c Release
generator="$repo/tests/AiCompliance.CorpusGenerator/bin/Release/net10.0/AiCompliance.CorpusGenerator.dll"

# The strict mode's severities with error demoted to warning, above the package's configs.
unzip -p "$work/feed/AiCompliance.$version.nupkg" config/aicompliance.strict.globalconfig \
  | awk 'BEGIN { print "is_global = true"; print "global_level = 10000" } /^dotnet_diagnostic\..*= *error/ { sub(/= *error/, "= warning"); print }' \
  >"$work/strict-as-warnings.globalconfig"

build() { # project variant log -> prints the Csc task's seconds and the build's CPU seconds
  local project="$1" variant="$2" log="$3" extra=()
  case "$variant" in
    cs) extra=(-p:PerfVariant=c -p:AiComplianceMode=strict "-p:PerfExtraGlobalConfig=$work/strict-as-warnings.globalconfig") ;;
    *) extra=("-p:PerfVariant=$variant") ;;
  esac
  quiet "restore-$(basename "$log" .log)" dotnet restore "$project" "${extra[@]}"
  # csc as its own process (not the compiler server, which outlives the build), so that the build's CPU time, which
  # bash's `time` sums over the processes it waited for, includes the compiler's; the card step is left out of these
  # builds (GenerateModelCards=false) so that the CPU time is the compile's.
  local status=0
  { TIMEFORMAT='%U %S'; time dotnet build "$project" -c Release --no-restore --no-incremental -nodeReuse:false \
      -p:UseSharedCompilation=false -p:GenerateModelCards=false "${extra[@]}" \
      -v:m -clp:PerformanceSummary >"$logs/$log" 2>&1; } 2>"$logs/${log%.log}.cpu" || status=$?
  if [[ $status -ne 0 ]]; then
    echo "compare-builds: build $variant of $project failed; see $work/logs/$log" >&2
    grep -E ': error ' "$logs/$log" | sort -u | head -n 10 >&2 || true
    exit 1
  fi
  local csc cpu
  csc="$(awk '{ sub(/^[ \t]*[0-9]+(:[0-9]+)?>/, "") } $2 == "ms" && $3 == "Csc" { printf "%.2f\n", $1 / 1000 }' "$logs/$log" | tail -n 1)"
  cpu="$(awk 'NF == 2 { printf "%.2f\n", $1 + $2 }' "$logs/${log%.log}.cpu" | tail -n 1)"
  echo "$csc $cpu"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
spread() { sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%s-%s", lo, hi }'; }

# One table row of a size: the medians of the times in the associative array named $2, labelled $3.
row() {
  local types="$1" label="$3"
  local -n samples="$2"
  med() { if [[ -z "${samples[$1]:-}" ]]; then echo nan; else tr ' ' '\n' <<<"${samples[$1]}" | grep . | median; fi; }
  spr() { if [[ -z "${samples[$1]:-}" ]]; then echo -; else tr ' ' '\n' <<<"${samples[$1]}" | grep . | spread; fi; }
  a="$(med service:a)" b="$(med service:b)" c="$(med service:c)" cs="$(med service:cs)" d="$(med service:d)" nb="$(med noai:b)" nc="$(med noai:c)"
  printf '| %s %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$types" "$a" "$b" "$c" "$cs" "$d" \
    "$(awk -v b="$b" -v c="$c" 'BEGIN { if (b == "nan" || c == "nan") print "n/a"; else printf "%+.1f%%", 100 * (c - b) / b }')" \
    "$(awk -v b="$b" -v c="$cs" 'BEGIN { if (b == "nan" || c == "nan") print "n/a"; else printf "%+.1f%%", 100 * (c - b) / b }')" \
    "$(awk -v b="$b" -v d="$d" 'BEGIN { if (b == "nan" || d == "nan") print "n/a"; else printf "%+.1f%%", 100 * (d - b) / b }')" \
    "$nb / $nc" "$(awk -v b="$nb" -v c="$nc" 'BEGIN { if (b == "nan" || c == "nan") print "n/a"; else printf "%+.1f%%", 100 * (c - b) / b }')" \
    "a $(spr service:a), b $(spr service:b), c $(spr service:c), strict $(spr service:cs), d $(spr service:d), no AI b $(spr noai:b) c $(spr noai:c)"
}

# The web shape's row: its b, c and (c-b)/b, labelled $3.
web_row() {
  local types="$1" label="$3"
  local -n web_samples="$2"
  wmed() { if [[ -z "${web_samples[$1]:-}" ]]; then echo nan; else tr ' ' '\n' <<<"${web_samples[$1]}" | grep . | median; fi; }
  wspr() { if [[ -z "${web_samples[$1]:-}" ]]; then echo -; else tr ' ' '\n' <<<"${web_samples[$1]}" | grep . | spread; fi; }
  local b c
  b="$(wmed web:b)" c="$(wmed web:c)"
  printf '| web %s %s | b %s | c %s | (c-b)/b %s | spread: b %s, c %s |\n' "$label" "$types" "$b" "$c" \
    "$(awk -v b="$b" -v c="$c" 'BEGIN { if (b == "nan" || c == "nan") print "n/a"; else printf "%+.1f%%", 100 * (c - b) / b }')" \
    "$(wspr web:b)" "$(wspr web:c)"
}

echo "compare-builds: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), dotnet $(dotnet --version), AiCompliance $version, Meziantou.Analyzer $meziantou, Microsoft.Extensions.AI.Abstractions $ai_version, $rounds rounds, seed $seed"
# VARIANTS (space-separated shape:variant) runs a subset, for a machine too loaded for all seven; the web shape (the
# service project as an ASP.NET Core web API, where AIC405 runs on every type) only when named, e.g. "web:b web:c".
read -r -a variants <<<"${VARIANTS:-service:a service:b service:c service:cs service:d noai:b noai:c}"
shapes=()
for entry in "${variants[@]}"; do
  case "${entry%%:*}" in
    service | noai | web) [[ " ${shapes[*]} " == *" ${entry%%:*} "* ]] || shapes+=("${entry%%:*}") ;;
    *) echo "compare-builds: '$entry' in VARIANTS: the shape is service, noai or web" >&2; exit 2 ;;
  esac
done

for types in "${sizes[@]}"; do
  for shape in "${shapes[@]}"; do
    dir="$work/$shape-$types"
    dotnet "$generator" write --types "$types" --seed "$seed" --shape "$shape" --out "$dir" --feed "$work/feed" \
      --package "$version" --ai-version "$ai_version" --meziantou-version "$meziantou" >"$work/$shape-$types.project" 2>"$work/$shape-$types.corpus"
    # The strict variant adds the demoting config through this property.
    sed -i 's:</Project>:  <ItemGroup Condition="'"'"'$(PerfExtraGlobalConfig)'"'"' != '"'"''"'"'">\n    <GlobalAnalyzerConfigFiles Include="$(PerfExtraGlobalConfig)" />\n  </ItemGroup>\n</Project>:' "$(cat "$work/$shape-$types.project")"
  done

  declare -A times=() cpu_times=()
  for ((round = 0; round < rounds; round++)); do
    n=${#variants[@]}
    for ((i = 0; i < n; i++)); do
      entry="${variants[$(((i + round * 3) % n))]}"
      shape="${entry%%:*}" variant="${entry##*:}"
      read -r seconds cpu_seconds <<<"$(build "$(cat "$work/$shape-$types.project")" "$variant" "$shape-$types-$variant-$round.log")"
      if [[ -z "${seconds:-}" || -z "${cpu_seconds:-}" ]]; then
        echo "compare-builds: no Csc time or no CPU time for $shape-$types-$variant-$round" >&2
        exit 1
      fi
      times[$entry]="${times[$entry]:-} $seconds"
      cpu_times[$entry]="${cpu_times[$entry]:-} $cpu_seconds"
    done
  done

  for shape in "${shapes[@]}"; do
    echo "$types types, $shape: $(cat "$work/$shape-$types.corpus")"
  done
  row "$types" times "Csc"
  row "$types" cpu_times "CPU"
  if [[ " ${shapes[*]} " == *" web "* ]]; then
    web_row "$types" times "Csc"
    web_row "$types" cpu_times "CPU"
  fi
  unset times cpu_times
done
echo "columns: types | a | b | c | c strict | d | (c-b)/b | (strict-b)/b | (d-b)/b | no AI: b / c | no AI (c-b)/b | spread (min-max) — Csc: the Csc task's seconds; CPU: the build's CPU seconds (user + system, every process of the build); medians of $rounds interleaved --no-incremental builds"
