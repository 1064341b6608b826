#!/usr/bin/env bash
# The AiCompliance analyzers' share of a real build, measured by the compiler itself (csc /reportanalyzer).
#
#   bash tests/perf/measure-build.sh [TYPES] [SEED]        (default: 5000 types, the generator's seed)
#   bash tests/perf/measure-build.sh compare [TYPES ...]   what a user pays: tests/perf/compare-builds.sh (issue 18)
#
# Builds the SDK, the analyzers and the corpus generator in Release, writes a generated service project of TYPES types
# (about 5% AI components; tests/AiCompliance.CorpusGenerator) into a temporary folder wired to the repository's
# analyzers as samples/ are, restores it, builds it once with -p:ReportAnalyzer=true -v:d, and prints one line:
#
#   AiCompliance analyzers: 1.67 s of 69.3 s build (2.4%; the Csc task took 50.1 s); 42 analyzers; top: AIC001 0.45 s, ...;
#   its source generator 0.30 s
#
# "build" is the wall-clock time of that `dotnet build` (restore excluded; project references already built), and the
# analyzer time is the compiler's "Total analyzer execution time" line for the AiCompliance.Analyzers assembly: the
# sum over threads of the time spent in its callbacks. Needs only the .NET 10 SDK (and the NuGet feed for the first
# restore). Set KEEP=1 to keep the temporary folder (its build.log has the full report). The compiler server is used as
# the environment says (UseSharedCompilation); the line says which.
set -euo pipefail

# The callback time below is not what a user pays: the marginal Csc time over the .NET SDK's analyzers is, measured by
# compare-builds.sh through the packed package.
if [[ "${1:-}" == "compare" ]]; then
  shift
  exec bash "$(dirname "${BASH_SOURCE[0]}")/compare-builds.sh" "$@"
fi

types="${1:-5000}"
seed="${2:-20260115}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
perf_setup perf

# 1. What the corpus project references, in Release: the SDK (which builds the CLI), the analyzers and code fixes, and
#    the generator.
quiet prepare-generator dotnet build "$repo/tests/AiCompliance.CorpusGenerator/AiCompliance.CorpusGenerator.csproj" -c Release
quiet prepare-analyzers dotnet build "$repo/analyzers/AiCompliance.CodeFixes/AiCompliance.CodeFixes.csproj" -c Release
quiet prepare-cli dotnet build "$repo/sdk/AiCompliance.Cli/AiCompliance.Cli.csproj" -c Release

# 2. The corpus, as a project.
project="$(dotnet "$repo/tests/AiCompliance.CorpusGenerator/bin/Release/net10.0/AiCompliance.CorpusGenerator.dll" \
  write --types "$types" --seed "$seed" --out "$work/corpus" --repo "$repo" 2>"$work/corpus.txt")"
quiet restore dotnet restore "$project"

# 3. The measured build: the compiler reports each analyzer assembly's and each analyzer's execution time.
log="$work/build.log"
start="$(date +%s.%N)"
status=0
dotnet build "$project" -c Release --no-restore -nodeReuse:false -p:BuildProjectReferences=false \
  -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary >"$log" 2>&1 || status=$?
end="$(date +%s.%N)"
if [[ "$status" != "0" ]]; then
  echo "measure-build: the corpus build failed (exit $status); errors:" >&2
  grep -E ': error [A-Z]+[0-9]+' "$log" | sort -u | head -n 20 >&2 || true
  exit 1
fi
if [[ "${KEEP:-0}" == "1" ]]; then
  echo "measure-build: kept $work (build.log, corpus/)" >&2
fi

# 4. One line. The report is printed once per compilation; the corpus is the only project compiled here.
awk -v start="$start" -v end="$end" -v corpus="$(cat "$work/corpus.txt")" '
  BEGIN { wall = end - start }
  # MSBuild may prefix a line with its node ("1>"); the report itself is indented columns.
  { sub(/^[ \t]*[0-9]+(:[0-9]+)?>/, "") }
  # The task performance summary (-clp:PerformanceSummary): "   52031 ms  Csc   1 calls".
  $2 == "ms" && $3 == "Csc" { csc = $1 / 1000 }
  /CompilerServer: tool/ { mode = "csc ran as its own process" }
  /CompilerServer: server/ { mode = "csc ran in the compiler server" }
  /Total analyzer execution time:/ {
    if (++reports > 1) exit
    section = "analyzers"
    for (i = 1; i <= NF; i++) if ($i ~ /^[0-9.]+$/) total = $i
  }
  # The source generators have a section of their own after the analyzers, with the same layout.
  /Total generator execution time:/ { section = "generators"; inside = 0 }
  # An assembly line: "   1.428   17   AiCompliance.Analyzers, Version=...": time, percent, name.
  section == "generators" && $3 ~ /^AiCompliance\.Analyzers,$/ { generator = $1; next }
  section == "generators" { next }
  $3 ~ /^AiCompliance\.Analyzers,$/ { ours = $1; inside = 1; next }
  $3 ~ /,$/ && $3 !~ /^AiCompliance\.Analyzers,$/ { inside = 0 }
  # An analyzer line inside our assembly: "      0.482    5      AiCompliance...Analyzer (AIC001)".
  inside && $3 ~ /^AiCompliance\.Analyzers\./ {
    count++
    id = $NF; gsub(/[()]/, "", id)
    if (id ~ /^AICS/) id = "suppressor"
    time = ($1 ~ /^</) ? 0 : $1
    times[id] = time
  }
  END {
    if (ours == "") { print "measure-build: no AiCompliance.Analyzers line in the compiler report" > "/dev/stderr"; exit 1 }
    n = 0
    for (id in times) { ids[++n] = id }
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (times[ids[j]] > times[ids[i]]) { t = ids[i]; ids[i] = ids[j]; ids[j] = t }
    top = ""
    for (i = 1; i <= n && i <= 3; i++) top = top (i > 1 ? ", " : "") ids[i] " " sprintf("%.2f s", times[ids[i]])
    printf "AiCompliance analyzers: %.2f s of %.1f s build (%.1f%%; the Csc task took %.1f s, %s); %d analyzers; top: %s; all analyzers %.2f s (sum over threads); its source generator %.2f s; corpus: %s\n", \
      ours, wall, 100 * ours / wall, csc, mode, count, top, total, generator, corpus
  }
' "$log"
