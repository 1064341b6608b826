# Sourced by the scripts of tests/perf, not run: what they share.
#
#   perf_setup NAME   sets repo (this repository), work (a new temporary folder aicompliance-NAME.*, removed on exit
#                     unless KEEP=1), logs ($work/logs), version (the package's) and ai_version
#                     (Microsoft.Extensions.AI.Abstractions' in Directory.Packages.props), and quiets the .NET CLI
#   quiet LABEL CMD…  runs CMD with its output in $logs/LABEL.log; on failure prints the command and the end of the
#                     log, and exits 1

perf_setup() {
  perf_name="$1"
  repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  work="$(mktemp -d "${TMPDIR:-/tmp}/aicompliance-$perf_name.XXXXXX")"
  if [[ "${KEEP:-0}" != "1" ]]; then
    trap 'rm -rf "$work"' EXIT
  else
    echo "$perf_name: keeping $work" >&2
  fi
  logs="$work/logs"
  mkdir -p "$logs"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
  version="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$repo/Directory.Build.props" | head -n 1)"
  ai_version="$(sed -n 's:.*"Microsoft.Extensions.AI.Abstractions" Version="\([^"]*\)".*:\1:p' "$repo/Directory.Packages.props" | head -n 1)"
}

quiet() {
  local log="$logs/$1.log"
  shift
  if ! "$@" >"$log" 2>&1; then
    echo "$perf_name: '$*' failed; its output:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
}
