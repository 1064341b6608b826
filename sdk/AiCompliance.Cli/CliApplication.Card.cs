using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using AiCompliance.ModelCards;
using AiCompliance.ModelCards.Formats;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy;
using AiCompliance.Policy.Baseline;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.Cli;

/// <summary><c>aicompliance card</c>: the model cards of an assembly, in the formats of <see cref="CardFormats"/>.</summary>
internal sealed partial class CliApplication
{
    private Command CardCommand()
    {
        var assembly = new Argument<string>("assembly.dll") { Description = "The compiled assembly" };
        var formats = CliOptions.CardFormatList();
        var output = new Option<string>("--out", "-o") { HelpName = "DIR", Description = "Output folder (default: ./model-cards), created when needed" };
        var frameworks = CliOptions.Frameworks("Frameworks of the framework coverage section, comma- or semicolon-separated (default: the AiCompliance defaults; see 'aicompliance frameworks')", atLeastOne: true);
        var date = CliOptions.CardDate("Date printed on the cards and in the BOM timestamp (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ssZ); risk acceptances are judged on the real date. Without it, SOURCE_DATE_EPOCH is used when set, and otherwise the cards carry no date, so the same assembly gives identical files.");
        var maxAcceptanceDays = CliOptions.Days("--max-acceptance-days", "The longest a risk acceptance may run, 1 to 3660 days, as AiComplianceMaxAcceptanceDays (default 180)");
        var listFile = new Option<string>("--list-file") { HelpName = "FILE", Description = "Also write the full paths of the files written, one per line (the build uses it)" };
        var baseline = new Option<string>("--baseline") { HelpName = "FILE", Description = "List the entries of the project's baseline (aicompliance.baseline.json) in every card as known gaps, recorded findings not yet fixed" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing on success" };

        var command = new Command("card", "Write the model cards of an assembly") { assembly, formats, output, frameworks, date, maxAcceptanceDays, baseline, listFile, quiet };
        Positionals(command, OneAssemblyAtATime("card"), $"card: no assembly given. Usage: {Tool} card <assembly.dll> [--format {string.Join(",", CardFormats.Names)}] [--out DIR] [--frameworks IDS]");
        command.SetAction(parsed => Card(
            parsed.GetValue(assembly)!,
            parsed.GetValue(formats) ?? CardFormats.Default,
            parsed.GetValue(output),
            parsed.GetValue(frameworks),
            parsed.GetValue(date),
            parsed.GetValue(maxAcceptanceDays),
            parsed.GetValue(baseline),
            parsed.GetValue(listFile),
            parsed.GetValue(quiet)));
        return command;
    }

    private int Card(string assembly, IReadOnlyList<ICardFormat> formats, string? outDirectory, string? frameworks, DateTimeOffset? date, int? maxAcceptanceDays, string? baselinePath, string? listFile, bool quiet)
    {
        // The real UTC date decides which risk acceptances the cards list, as it does in the build; --date and
        // SOURCE_DATE_EPOCH only date the cards.
        var settings = PolicySettings.Create(null, frameworks, null, null, CliOptions.Text(maxAcceptanceDays), realToday: _realToday);
        if (date is null && !TryGetSourceDate(out date, out var dateError))
        {
            return Usage("card: " + dateError);
        }

        BaselineFile? baseline = null;
        if (baselinePath is not null && !TryReadBaseline(baselinePath, out baseline, out var baselineExit))
        {
            return baselineExit;
        }

        if (!TryRead(assembly, out var scanned, out var exit))
        {
            return exit;
        }

        var files = ModelCardGenerator.Generate(scanned!, new ModelCardOptions { Formats = formats, Settings = settings, Date = date, Baseline = baseline });
        var outputDirectory = Path.GetFullPath(outDirectory ?? "model-cards");
        if (files.Count == 0)
        {
            // Still write an empty list, so the build knows the previous cards (if any) are stale.
            if (listFile is not null && !TryWriteList(listFile, Array.Empty<string>()))
            {
                return ExitCodes.UsageOrInputError;
            }

            if (!quiet)
            {
                _out.WriteLine($"{Tool}: notice: {Path.GetFileName(assembly)} declares no model ([AiModel]); no card written.");
            }

            return ExitCodes.Success;
        }

        if (!quiet)
        {
            foreach (var note in Notices(scanned!))
            {
                _out.WriteLine($"{Tool}: notice: {note}");
            }
        }

        if (!CardWriter.TryWrite(outputDirectory, files, out var written, out var writeError))
        {
            return InputError(writeError!);
        }

        if (listFile is not null && !TryWriteList(listFile, written))
        {
            return ExitCodes.UsageOrInputError;
        }

        if (!quiet)
        {
            var models = scanned!.Declarations.Models.Count();
            _out.WriteLine($"{Tool}: wrote {files.Count} file{(files.Count == 1 ? "" : "s")} for {models} model{(models == 1 ? "" : "s")} to {outputDirectory}");
            foreach (var file in written)
            {
                _out.WriteLine("  " + Path.GetFileName(file));
            }
        }

        return ExitCodes.Success;
    }

    private static IEnumerable<string> Notices(ScannedAssembly scanned)
    {
        var seen = new Dictionary<string, string>(DeclarationIds.Comparer);
        foreach (var model in scanned.Declarations.Models)
        {
            var id = model.DisplayId;
            if (seen.TryGetValue(id, out var first))
            {
                yield return $"models {first} and {model.TypeName} share the id '{id}' (AIC002); the later card gets a numbered file name.";
            }
            else
            {
                seen[id] = model.TypeName;
            }
        }
    }

    private bool TryWriteList(string listFile, IEnumerable<string> files)
    {
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(listFile));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllText(listFile, string.Concat(files.Select(f => f + "\n")));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            _error.WriteLine($"{Tool}: error: {listFile}: cannot write the file list ({OneLine(e.Message)}).");
            return false;
        }
    }

    /// <summary>The date from SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/), if set.</summary>
    private bool TryGetSourceDate(out DateTimeOffset? date, out string? error)
    {
        date = null;
        error = null;
        var epoch = _environment("SOURCE_DATE_EPOCH");
        if (string.IsNullOrWhiteSpace(epoch))
        {
            return true;
        }

        // Seconds since 1970-01-01T00:00:00Z, up to the last second DateTimeOffset can hold.
        if (long.TryParse(epoch.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799)
        {
            date = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }

        error = $"SOURCE_DATE_EPOCH '{epoch}' is not a number of seconds since 1970-01-01.";
        return false;
    }

    private static Func<ParseResult, string, string> OneAssemblyAtATime(string command) =>
        (parsed, extra) => $"{command}: one assembly at a time ('{parsed.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>().First().Tokens[0].Value}' and '{extra}' given).";
}
