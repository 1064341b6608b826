#!/usr/bin/env bash
# What the model-card step costs a library that declares no model (issue 18, item 4), as a user gets the package.
#
#   bash tests/perf/measure-card-step.sh          (ROUNDS=5 by default)
#
# Packs the package from this working tree, writes a small net10.0 class library that references it (and the real
# Microsoft.Extensions.AI.Abstractions, so the analyzers run as in an AI project) but declares no model, builds it once,
# then ROUNDS times: edits a source file and builds again (incremental, as after a change in the IDE or a watch loop)
# with -clp:PerformanceSummary, and prints the median time MSBuild reports for the card targets
# (GenerateModelCards, _AiComplianceRecordModelCards, _AiComplianceReportUndeclaredAiUse, in milliseconds), whether
# the aicompliance tool was started (the Exec of GenerateModelCards), and whether the output folder has a
# model-cards/ folder. Exits 1 when the tool started or the folder exists. KEEP=1 keeps the temporary folder.
set -euo pipefail

rounds="${ROUNDS:-5}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
perf_setup card-step

quiet pack dotnet pack "$repo/sdk/AiCompliance/AiCompliance.csproj" -c Release -o "$work/feed"

project="$work/library"
mkdir -p "$project"
cat >"$project/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="aicompliance-packed" value="$work/feed" />
  </packageSources>
</configuration>
EOF
cat >"$project/Contoso.Formatting.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <RestorePackagesPath>\$(MSBuildThisFileDirectory)packages/</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="AiCompliance" Version="$version" />
    <PackageReference Include="Microsoft.Extensions.AI.Abstractions" Version="$ai_version" />
  </ItemGroup>
</Project>
EOF
write_source() { # revision
  cat >"$project/Formatter.cs" <<EOF
namespace Contoso.Formatting;

/// <summary>A library without AI models: the card step must cost it nothing.</summary>
public static class Formatter
{
    public static string Title(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + "$1";
}
EOF
}

write_source 0
quiet restore dotnet restore "$project"
quiet build-first dotnet build "$project" -c Release --no-restore -nodeReuse:false

# The card targets' times, from the Target Performance Summary (lines "<ms> ms  <target>  <calls> calls").
card_ms() {
  awk '{ sub(/^[ \t]*[0-9]+(:[0-9]+)?>/, "") }
       $2 == "ms" && ($3 == "GenerateModelCards" || $3 == "_AiComplianceRecordModelCards" || $3 == "_AiComplianceReportUndeclaredAiUse") { total += $1 }
       END { printf "%d\n", total }' "$1"
}

times=()
started=0
for ((round = 1; round <= rounds; round++)); do
  write_source "$round"
  log="$logs/build-$round.log"
  quiet "build-$round" dotnet build "$project" -c Release --no-restore -nodeReuse:false -v:d -clp:PerformanceSummary
  times+=("$(card_ms "$log")")
  # The tool runs through the Exec task of GenerateModelCards; with no model that task's condition is false, and
  # MSBuild then logs no "Task "Exec"" line inside the target.
  if awk '/Target "GenerateModelCards" in file/ { inside = 1 } inside && /Task "Exec"/ { found = 1 } /Done building target "GenerateModelCards"/ { inside = 0 } END { exit !found }' "$log"; then
    started=1
  fi
done

median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
output="$project/bin/Release/net10.0"
folder="no"
[[ -d "$output/model-cards" ]] && folder="yes"
echo "measure-card-step: $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg), AiCompliance $version: card targets after a source change, median of $rounds incremental builds: ${median} ms (each: ${times[*]} ms); aicompliance started: $([[ $started == 1 ]] && echo yes || echo no); model-cards/ in the output: $folder"
[[ $started == 0 && $folder == "no" ]]
