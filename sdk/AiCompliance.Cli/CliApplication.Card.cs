using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using AiCompliance.ModelCards;
using AiCompliance.ModelCards.Formats;
using AiCompliance.ModelCards.Localization;
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
        var languages = CliOptions.CardLanguageList();
        var output = CliOptions.PathOption("--out", "-o", "DIR", "Output folder (default: ./model-cards), created when needed");
        var frameworks = CliOptions.Frameworks("Frameworks of the framework coverage section, separated by '+', ',' or ';' (default: the AiCompliance defaults; see 'aicompliance frameworks')", atLeastOne: true);
        var date = CliOptions.CardDate("Date printed on the cards and in the BOM timestamp (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ssZ); risk acceptances are judged on the real date. Without it, SOURCE_DATE_EPOCH is used when set, and otherwise the cards carry no date, so the same assembly gives identical files.");
        var maxAcceptanceDays = CliOptions.Days("--max-acceptance-days", "The longest a risk acceptance may run, 1 to 3660 days, as AiComplianceMaxAcceptanceDays (default 180)");
        var listFile = CliOptions.PathOption("--list-file", null, "FILE", "Also write the full paths of the files written, one per line (the build uses it)");
        var baseline = CliOptions.PathOption("--baseline", null, "FILE", "List the entries of the project's baseline (aicompliance.baseline.json) in every card as known gaps, recorded findings not yet fixed");
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing on success" };
        var evidenceRoot = CliOptions.EvidenceRoot("Verify each result's evidence file, read relative to this project folder, and say so on the card (the build passes its project folder); without it the cards say 'not verified'");

        var command = new Command("card", "Write the model cards of an assembly") { assembly, formats, languages, output, frameworks, date, maxAcceptanceDays, baseline, evidenceRoot, listFile, quiet };
        Positionals(command, OneAssemblyAtATime("card"), $"card: no assembly given. Usage: {Tool} card <assembly.dll> [--format {string.Join(",", CardFormats.Names)}] [--out DIR] [--frameworks IDS]");
        command.SetAction(parsed => Card(
            parsed.GetValue(assembly)!,
            parsed.GetValue(formats),
            parsed.GetValue(languages),
            parsed.GetValue(output),
            parsed.GetValue(frameworks),
            parsed.GetValue(date),
            parsed.GetValue(maxAcceptanceDays),
            parsed.GetValue(baseline),
            parsed.GetValue(listFile),
            parsed.GetValue(quiet),
            parsed.GetValue(evidenceRoot)));
        return command;
    }

    private int Card(string assembly, IReadOnlyList<ICardFormat>? formats, IReadOnlyList<CardLanguage>? languages, string? outDirectory, string? frameworks, DateTimeOffset? date, int? maxAcceptanceDays, string? baselinePath, string? listFile, bool quiet, string? evidenceRoot)
    {
        if (evidenceRoot is not null && !Directory.Exists(evidenceRoot))
        {
            return Usage("card: --evidence-root '" + evidenceRoot + "' is not a folder");
        }

        // The real UTC date decides which risk acceptances the cards list, as it does in the build; --date and
        // SOURCE_DATE_EPOCH only date the cards.
        var settings = PolicySettings.Create(null, frameworks, null, null, CliOptions.Text(maxAcceptanceDays), realToday: _realToday);
        if (date is null && !TryGetSourceDate(out date, out var dateError))
        {
            return Usage("card: " + dateError);
        }

        var guard = new OutputGuard("card").Input(assembly, "the assembly to document").Input(baselinePath, "the baseline to read");
        if (guard.RefuseFile("--list-file", listFile) is { } refusal)
        {
            return Usage(refusal);
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

        // Formats named on the command line are asked for: a scoped format (the Annex IV draft) is then written for
        // every model, with a notice for each model it may not concern; left to the default, only where it applies.
        var evidence = evidenceRoot is null ? null : Path.GetFullPath(evidenceRoot);
        var cardLanguages = languages ?? CardLanguages.Default;
        var options = formats is null
            ? new ModelCardOptions { Languages = cardLanguages, Settings = settings, Date = date, Baseline = baseline, EvidenceRoot = evidence }
            : new ModelCardOptions { Formats = formats, Languages = cardLanguages, Settings = settings, Date = date, Baseline = baseline, EvidenceRoot = evidence };
        var files = ModelCardGenerator.Generate(scanned!, options);
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

        // Every output is checked before the first card is written: a refusal or an unwritable list leaves no card.
        if (guard.RefuseFolder("--out", outputDirectory, files.Select(f => f.Name)) is { } replaces)
        {
            return Usage(replaces);
        }

        var cardPaths = new OutputGuard("card");
        foreach (var file in files)
        {
            cardPaths.Input(Path.Combine(outputDirectory, file.Name), "a card this command writes");
        }

        if (cardPaths.RefuseFile("--list-file", listFile) is { } listIsCard)
        {
            return Usage(listIsCard);
        }

        if (listFile is not null && !CanWriteList(listFile))
        {
            return ExitCodes.UsageOrInputError;
        }

        if (!quiet)
        {
            foreach (var note in Notices(scanned!).Concat(ScopedFormatNotices(scanned!, formats)))
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

    /// <summary>What the build reports as AIC002 and AIC006, said where the cards are written: which card got a numbered name.</summary>
    private static IEnumerable<string> Notices(ScannedAssembly scanned)
    {
        foreach (var name in CardFileNames.Assign(scanned.Declarations).Where(n => n.IsTaken))
        {
            var id = MessageText.Escape(name.Model.DisplayId);
            var type = MessageText.Escape(name.Model.TypeName);
            if (name.TakenBy is { } holder && DeclarationIds.Same(holder.DisplayId, name.Model.DisplayId))
            {
                yield return $"models {MessageText.Escape(holder.TypeName)} and {type} share the id '{id}' (AIC002); the card of {type} is written as '{name.Name}'.";
            }
            else
            {
                var other = name.TakenBy is { } model ? $"model '{MessageText.Escape(model.DisplayId)}' ({MessageText.Escape(model.TypeName)})" : "the CycloneDX BOM";
                yield return $"the card file name '{name.Wanted}' of model id '{id}' ({type}) is taken by {other} (AIC006); the card of {type} is written as '{name.Name}'.";
            }
        }
    }

    private static IEnumerable<string> ScopedFormatNotices(ScannedAssembly scanned, IReadOnlyList<ICardFormat>? named)
    {
        var scoped = (named ?? Array.Empty<ICardFormat>()).OfType<IScopedModelCardFormat>().ToList();
        if (scoped.Count == 0)
        {
            yield break;
        }

        var names = string.Join(", ", scoped.Select(f => f.Name));
        foreach (var model in scanned.Declarations.Models)
        {
            if (!scoped[0].Concerns(model, out var reason))
            {
                yield return $"Annex IV draft ({names}) written on request for '{model.DisplayId}', which Annex IV may not concern: {reason}.";
            }
        }
    }

    private bool TryWriteList(string listFile, IEnumerable<string> files)
    {
        if (AtomicFile.TryWrite(listFile, new System.Text.UTF8Encoding(false).GetBytes(string.Concat(files.Select(f => f + "\n"))), out var error))
        {
            return true;
        }

        _error.WriteLine($"{Tool}: error: card: --list-file {error}");
        return false;
    }

    /// <summary>
    /// Whether the list file can be written, found out before any card is: its folder is created and the file opened for
    /// writing without truncating it (and removed again when it did not exist).
    /// </summary>
    private bool CanWriteList(string listFile)
    {
        if (AtomicFile.CanWrite(listFile, out var error))
        {
            return true;
        }

        _error.WriteLine($"{Tool}: error: card: --list-file {error}");
        return false;
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

        // Seconds since 1970-01-01T00:00:00Z. Reproducible builds often set an early epoch (0 or 1), so early dates are
        // taken; dates after the policy's latest date are refused, as --date refuses them.
        if (long.TryParse(epoch.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799)
        {
            date = DateTimeOffset.FromUnixTimeSeconds(seconds);
            if (date.Value.UtcDateTime.Date > PolicySettings.LatestDate)
            {
                error = $"SOURCE_DATE_EPOCH '{epoch}' ({date.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}) is after {PolicySettings.LatestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, the latest date a card takes.";
                date = null;
                return false;
            }

            return true;
        }

        error = $"SOURCE_DATE_EPOCH '{epoch}' is not a number of seconds since 1970-01-01.";
        return false;
    }

    private static Func<ParseResult, string, string> OneAssemblyAtATime(string command) =>
        (parsed, extra) => $"{command}: one assembly at a time ('{parsed.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>().First().Tokens[0].Value}' and '{extra}' given).";
}
