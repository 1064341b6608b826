using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using AiCompliance.ModelCards.Checking;
using AiCompliance.ModelCards.Diffing;
using AiCompliance.Policy;
using AiCompliance.Policy.Baseline;

namespace AiCompliance.Cli;

/// <summary>The commands that judge declarations: <c>check</c> (the policy, as the build applies it) and <c>diff</c>.</summary>
internal sealed partial class CliApplication
{
    private Command CheckCommand()
    {
        var assembly = new Argument<string>("assembly.dll") { Description = "The compiled assembly" };
        var mode = CliOptions.Mode();
        var level = CliOptions.Level();
        var frameworks = CliOptions.Frameworks("Selected frameworks, separated by '+', ',' or ';', as AiComplianceFrameworks (default: the AiCompliance defaults; see 'aicompliance frameworks')", atLeastOne: false);
        var date = CliOptions.Today("The day that counts as today for age and future-date checks, yyyy-MM-dd, as AiComplianceBuildDate (default: today's UTC date); risk acceptances always expire by the real date");
        var sarif = CliOptions.PathOption("--sarif", null, "FILE", "Also write the findings as SARIF 2.1.0 (written to a temporary file, then moved)");
        var maxAcceptanceDays = CliOptions.Days("--max-acceptance-days", "The longest a risk acceptance may run, 1 to 3660 days, as AiComplianceMaxAcceptanceDays (default 180)");
        var assessmentMaxAgeDays = CliOptions.Days("--assessment-max-age-days", "The oldest an assessment may be, as aicompliance.assessment_max_age_days (default 365)");
        var baseline = CliOptions.PathOption("--baseline", null, "FILE", "List the known gaps a baseline (aicompliance.baseline.json) records, which the build does not report");
        var evidenceRoot = CliOptions.EvidenceRoot("Check evidence-bound results against their files (AIC209-AIC211), read relative to this project folder; without it they are not checked");

        var command = new Command("check", "Apply the AiCompliance policy to a compiled assembly, as the build's analyzers do")
        {
            assembly, mode, level, frameworks, date, sarif, maxAcceptanceDays, assessmentMaxAgeDays, baseline, evidenceRoot,
        };
        Positionals(command, OneAssemblyAtATime("check"), $"check: no assembly given. Usage: {Tool} check <assembly.dll> [--mode {string.Join("|", CliOptions.CheckModes)}] [--level LEVEL] [--frameworks IDS] [--date yyyy-MM-dd] [--sarif FILE]");
        command.SetAction(parsed =>
        {
            // As the build: the date that counts as today is --date (the build's AiComplianceBuildDate), else the UTC
            // date; risk acceptances expire by the real date whatever --date says.
            var settings = PolicySettings.Create(
                parsed.GetValue(mode) is { } chosen ? CliOptions.ModeName(chosen) : null,
                parsed.GetValue(frameworks),
                parsed.GetValue(date)?.Trim(),
                CliOptions.Text(parsed.GetValue(assessmentMaxAgeDays)),
                CliOptions.Text(parsed.GetValue(maxAcceptanceDays)),
                parsed.GetValue(level)?.Trim(),
                _realToday);
            return Check(parsed.GetValue(assembly)!, settings, parsed.GetValue(sarif), parsed.GetValue(baseline), parsed.GetValue(evidenceRoot));
        });
        return command;
    }

    private int Check(string assembly, PolicySettings settings, string? sarif, string? baselinePath, string? evidenceRoot)
    {
        if (new OutputGuard("check").Input(assembly, "the assembly to check").Input(baselinePath, "the baseline to read").RefuseFile("--sarif", sarif) is { } refusal)
        {
            return Usage(refusal);
        }

        if (evidenceRoot is not null && !Directory.Exists(evidenceRoot))
        {
            return Usage("check: --evidence-root '" + evidenceRoot + "' is not a folder");
        }

        if (!TryRead(assembly, out var scanned, out var exit))
        {
            return exit;
        }

        BaselineFile? baseline = null;
        if (baselinePath is not null && !TryReadBaseline(baselinePath, out baseline, out exit))
        {
            return exit;
        }

        var result = PolicyCheck.Run(scanned!, settings, Path.GetFileName(assembly), evidenceRoot is null ? null : Path.GetFullPath(evidenceRoot));
        if (sarif is not null && !AtomicFile.TryWrite(sarif, SarifWriter.Write(result), out var writeError))
        {
            return InputError(writeError!);
        }

        CheckReport.Write(_out, result);
        if (baseline is not null)
        {
            WriteKnownGaps(baseline, baselinePath!);
        }
        if (sarif is not null)
        {
            _out.WriteLine($"{Tool}: wrote SARIF 2.1.0 to {Path.GetFullPath(sarif)}");
        }

        return result.HasErrors ? ExitCodes.Findings : ExitCodes.Success;
    }

    private Command DiffCommand()
    {
        var oldAssembly = new Argument<string>("old.dll") { Description = "The earlier build" };
        var newAssembly = new Argument<string>("new.dll") { Description = "The later build" };
        var format = new Option<DiffFormat?>("--format", "-f")
        {
            HelpName = "FORMAT",
            Description = "md (Markdown for a release note or pull-request comment; default) or json (docs/schema/governance-diff.schema.json)",
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                switch (text.Trim().ToLowerInvariant())
                {
                    case "md":
                    case "markdown":
                        return DiffFormat.Markdown;
                    case "json":
                        return DiffFormat.Json;
                    default:
                        result.AddError($"unknown format '{text}'. Formats: md, json.");
                        return null;
                }
            },
        };
        var output = CliOptions.PathOption("--out", "-o", "FILE", "Write the report to FILE (written to a temporary file, then moved) instead of the standard output");

        // Only a new model's expected declarations depend on the policy; every other change is judged without it.
        var mode = CliOptions.Mode();
        mode.Description += ": which declarations a new model is expected to make";
        var frameworks = CliOptions.Frameworks("Selected frameworks, as AiComplianceFrameworks (default: the AiCompliance defaults): which declarations a new model is expected to make", atLeastOne: false);

        var command = new Command("diff", "What changed in governance between two builds of an assembly") { oldAssembly, newAssembly, format, output, mode, frameworks };
        Positionals(command, (_, extra) => $"diff: two assemblies, old then new ('{extra}' is a third).", $"diff: two assemblies needed. Usage: {Tool} diff <old.dll> <new.dll> [--format md|json] [--out FILE] [--mode MODE] [--frameworks IDS]");
        command.SetAction(parsed =>
        {
            var settings = PolicySettings.Create(parsed.GetValue(mode) is { } chosen ? CliOptions.ModeName(chosen) : null, parsed.GetValue(frameworks), null, null, null);
            return Diff(parsed.GetValue(oldAssembly)!, parsed.GetValue(newAssembly)!, parsed.GetValue(format) ?? DiffFormat.Markdown, parsed.GetValue(output), settings);
        });
        return command;
    }

    private int Diff(string oldAssembly, string newAssembly, DiffFormat format, string? outFile, PolicySettings settings)
    {
        if (new OutputGuard("diff").Input(oldAssembly, "the old assembly").Input(newAssembly, "the new assembly").RefuseFile("--out", outFile) is { } refusal)
        {
            return Usage(refusal);
        }

        if (!TryRead(oldAssembly, out var before, out var exit) || !TryRead(newAssembly, out var after, out exit))
        {
            return exit;
        }

        var diff = GovernanceDiff.Compare(Path.GetFileName(oldAssembly), before!, Path.GetFileName(newAssembly), after!, settings);
        var content = format == DiffFormat.Json ? DiffJsonWriter.Write(diff) : new UTF8Encoding(false).GetBytes(DiffMarkdownWriter.Write(diff));
        if (outFile is null)
        {
            _out.Write(new UTF8Encoding(false).GetString(content));
        }
        else
        {
            if (!AtomicFile.TryWrite(outFile, content, out var writeError))
            {
                return InputError(writeError!);
            }

            var weakening = diff.Count(ChangeSeverity.Weakening);
            _out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{Tool}: {weakening} weakening, {diff.Count(ChangeSeverity.Strengthening)} strengthening, {diff.Count(ChangeSeverity.Neutral)} neutral changes; wrote {Path.GetFullPath(outFile)}"));
        }

        return diff.HasWeakening ? ExitCodes.Findings : ExitCodes.Success;
    }

    private enum DiffFormat
    {
        Markdown,
        Json,
    }
}
