using System;
using System.Globalization;
using System.IO;
using System.Text;
using AiCompliance.ModelCards.Checking;
using AiCompliance.ModelCards.Diffing;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy;
using AiCompliance.Policy.Rules;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Cli;

/// <summary>The commands that judge declarations: <c>check</c> (the policy, as the build applies it) and <c>diff</c>.</summary>
internal sealed partial class CliApplication
{
    private static readonly CommandOption[] CheckOptions =
    {
        new(new[] { "--mode", "-m" }),
        new(new[] { "--level" }),
        new(new[] { "--frameworks" }),
        new(new[] { "--date" }),
        new(new[] { "--sarif" }),
        new(new[] { "--max-acceptance-days" }),
        new(new[] { "--assessment-max-age-days" }),
    };

    private static readonly CommandOption[] DiffOptions =
    {
        new(new[] { "--format", "-f" }),
        new(new[] { "--out", "-o" }),
    };

    private int CheckCommand(string[] args)
    {
        if (!CommandArguments.TryParse("check", args, CheckOptions, 1, OneAssemblyAtATime("check"), out var parsed, out var error))
        {
            return Usage(error!);
        }

        if (parsed.Help)
        {
            _out.Write(Help.Check);
            return ExitCodes.Success;
        }

        var assembly = parsed.Positional.Count > 0 ? parsed.Positional[0] : null;
        var mode = parsed.Value("--mode");
        var level = parsed.Value("--level");
        var frameworks = parsed.Value("--frameworks");
        var dateText = parsed.Value("--date");
        var sarif = parsed.Value("--sarif");
        var maxAcceptanceDays = parsed.Value("--max-acceptance-days");
        var assessmentMaxAgeDays = parsed.Value("--assessment-max-age-days");

        if (string.IsNullOrWhiteSpace(assembly))
        {
            return Usage($"check: no assembly given. Usage: {Tool} check <assembly.dll> [--mode minimal|recommended|strict] [--level LEVEL] [--frameworks IDS] [--date yyyy-MM-dd] [--sarif FILE]");
        }

        if (mode is not null && mode.Trim().ToLowerInvariant() is not ("minimal" or "recommended" or "strict"))
        {
            return Usage($"check: unknown mode '{mode}'. Modes: minimal, recommended, strict.");
        }

        if (level is not null && !level.Trim().Equals(RuleRelease.Latest, StringComparison.OrdinalIgnoreCase) && !RuleRelease.TryParse(level, out _))
        {
            return Usage($"check: --level '{level}' is neither latest nor a release number such as 0.1.0.");
        }

        if (maxAcceptanceDays is not null && !IsPositiveDays(maxAcceptanceDays))
        {
            return Usage($"check: --max-acceptance-days '{maxAcceptanceDays}' is not a positive whole number of days.");
        }

        if (assessmentMaxAgeDays is not null && !IsPositiveDays(assessmentMaxAgeDays))
        {
            return Usage($"check: --assessment-max-age-days '{assessmentMaxAgeDays}' is not a positive whole number of days.");
        }

        if (dateText is not null && !IsoDate.TryParse(dateText.Trim(), out _))
        {
            return Usage($"check: --date '{dateText}' is not a yyyy-MM-dd date.");
        }

        // As the build: the date that counts as today is --date (the build's AiComplianceBuildDate), else the UTC date.
        var settings = PolicySettings.Create(mode, frameworks, dateText?.Trim(), assessmentMaxAgeDays, maxAcceptanceDays, level);
        if (settings.UnknownFrameworkIds.Count > 0)
        {
            return Usage($"check: unknown framework '{string.Join("', '", settings.UnknownFrameworkIds)}'. Run '{Tool} frameworks' for the ids.");
        }

        if (!TryRead(assembly, out var scanned, out var exit))
        {
            return exit;
        }

        var result = PolicyCheck.Run(scanned!, settings, Path.GetFileName(assembly));
        if (sarif is not null && !AtomicFile.TryWrite(sarif, SarifWriter.Write(result), out var writeError))
        {
            return InputError(writeError!);
        }

        CheckReport.Write(_out, result);
        if (sarif is not null)
        {
            _out.WriteLine($"{Tool}: wrote SARIF 2.1.0 to {Path.GetFullPath(sarif)}");
        }

        return result.HasErrors ? ExitCodes.Findings : ExitCodes.Success;
    }

    private int DiffCommand(string[] args)
    {
        if (!CommandArguments.TryParse("diff", args, DiffOptions, 2, (_, extra) => $"diff: two assemblies, old then new ('{extra}' is a third).", out var parsed, out var error))
        {
            return Usage(error!);
        }

        if (parsed.Help)
        {
            _out.Write(Help.Diff);
            return ExitCodes.Success;
        }

        var oldAssembly = parsed.Positional.Count > 0 ? parsed.Positional[0] : null;
        var newAssembly = parsed.Positional.Count > 1 ? parsed.Positional[1] : null;
        var format = parsed.Value("--format");
        var outFile = parsed.Value("--out");

        if (string.IsNullOrWhiteSpace(oldAssembly) || string.IsNullOrWhiteSpace(newAssembly))
        {
            return Usage($"diff: two assemblies needed. Usage: {Tool} diff <old.dll> <new.dll> [--format md|json] [--out FILE]");
        }

        var kind = (format ?? "md").Trim().ToLowerInvariant();
        if (kind is "markdown")
        {
            kind = "md";
        }

        if (kind is not ("md" or "json"))
        {
            return Usage($"diff: unknown format '{format}'. Formats: md, json.");
        }

        if (!TryRead(oldAssembly, out var before, out var exit) || !TryRead(newAssembly, out var after, out exit))
        {
            return exit;
        }

        var diff = GovernanceDiff.Compare(Path.GetFileName(oldAssembly), before!, Path.GetFileName(newAssembly), after!);
        var content = kind == "json" ? DiffJsonWriter.Write(diff) : new UTF8Encoding(false).GetBytes(DiffMarkdownWriter.Write(diff));
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

    private bool TryRead(string path, out ScannedAssembly? scanned, out int exit)
    {
        scanned = null;
        exit = ExitCodes.Success;
        if (!File.Exists(path))
        {
            exit = InputError(Directory.Exists(path) ? $"{path}: is a directory, not an assembly file." : $"{path}: no such file.");
            return false;
        }

        try
        {
            scanned = AssemblyDeclarationReader.ReadFile(path);
            return true;
        }
        catch (AssemblyReadException e)
        {
            exit = InputError(e.Message);
            return false;
        }
    }

    private static bool IsPositiveDays(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days > 0;
}
