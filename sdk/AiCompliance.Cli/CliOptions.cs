using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using AiCompliance.ModelCards.Formats;
using AiCompliance.ModelCards.Localization;
using AiCompliance.Policy;
using AiCompliance.Policy.Rules;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Cli;

/// <summary>
/// The options more than one command takes, each parsed and checked in one place. A value that cannot be used is a
/// parse error worded as a sentence; the command's name is put before it when it is printed.
/// </summary>
internal static class CliOptions
{
    /// <summary>
    /// The modes <c>check</c> accepts: every <see cref="ComplianceMode"/>, as the build's <c>AiComplianceMode</c> does;
    /// <c>none</c> switches every rule off, so it reports nothing.
    /// </summary>
    public static IReadOnlyList<string> CheckModes { get; } = Enum.GetValues<ComplianceMode>()
        .Select(ModeName)
        .ToArray();

    public static string ModeName(ComplianceMode mode) => mode.ToString().ToLowerInvariant();

    public static Option<IReadOnlyList<ICardFormat>> CardFormatList() => new("--format", "-f", "--formats")
    {
        HelpName = "LIST",
        Description = $"Formats: {string.Join(", ", CardFormats.Names)} or {CardFormats.AllName}; comma- or semicolon-separated, or the option repeated (default: {DefaultFormats()})",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
        CustomParser = result =>
        {
            var formats = CardFormats.Parse(result.Tokens.Select(t => t.Value), out var unknown);
            if (unknown.Count > 0)
            {
                result.AddError($"unknown format '{string.Join("', '", unknown)}'. Formats: {string.Join(", ", CardFormats.Names)}.");
            }
            else if (formats.Count == 0)
            {
                result.AddError($"--format names no format. Formats: {string.Join(", ", CardFormats.Names)}.");
            }

            return formats;
        },
    };

    /// <summary>The languages of the human-readable cards, as ModelCardLanguages: English only when not given.</summary>
    public static Option<IReadOnlyList<CardLanguage>> CardLanguageList() => new("--language", "--languages")
    {
        HelpName = "LIST",
        Description = $"Languages of the Markdown and HTML cards: {string.Join(", ", CardLanguages.Tags)}; separated by '+', ',' or ';', or the option repeated (default: {CardLanguages.EnglishTag}). English keeps <model-id>.md, another language writes <model-id>.<lang>.md; JSON and CycloneDX are written once",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
        CustomParser = result =>
        {
            var languages = CardLanguages.Parse(result.Tokens.Select(t => t.Value), out var unknown);
            if (unknown.Count > 0)
            {
                result.AddError($"unknown card language '{string.Join("', '", unknown)}'. Languages: {string.Join(", ", CardLanguages.Tags)}.");
            }
            else if (languages.Count == 0)
            {
                result.AddError($"--language names no language. Languages: {string.Join(", ", CardLanguages.Tags)}.");
            }

            return languages;
        },
    };

    public static Option<ComplianceMode?> Mode() => new("--mode", "-m")
    {
        HelpName = "MODE",
        Description = $"{Or(CheckModes)} (default: {ModeName(ComplianceMode.Recommended)}), as AiComplianceMode",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            var mode = CheckModes.FirstOrDefault(m => string.Equals(m, text.Trim(), StringComparison.OrdinalIgnoreCase));
            if (mode is null)
            {
                result.AddError($"unknown mode '{text}'. Modes: {string.Join(", ", CheckModes)}.");
                return null;
            }

            return Enum.Parse<ComplianceMode>(mode, ignoreCase: true);
        },
    };

    /// <summary><c>latest</c> or a release number, as AiComplianceLevel: rules introduced after it are at most suggestions.</summary>
    public static Option<string> Level()
    {
        var option = new Option<string>("--level")
        {
            HelpName = "LEVEL",
            Description = $"{RuleRelease.Latest} (default) or a release such as 0.1.0, as AiComplianceLevel: rules introduced after it are at most suggestions",
        };
        option.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (text is not null && !text.Trim().Equals(RuleRelease.Latest, StringComparison.OrdinalIgnoreCase) && !RuleRelease.TryParse(text, out _))
            {
                result.AddError($"--level '{text}' is neither {RuleRelease.Latest} nor a release number such as 0.1.0.");
            }
        });
        return option;
    }

    /// <summary>Framework ids as AiComplianceFrameworks takes them; <paramref name="atLeastOne"/> rejects a list that names none.</summary>
    public static Option<string> Frameworks(string description, bool atLeastOne)
    {
        var option = new Option<string>("--frameworks") { HelpName = "IDS", Description = description };
        option.Validators.Add(result =>
        {
            var settings = PolicySettings.Create(null, result.GetValueOrDefault<string>(), null, null, null);
            if (settings.UnknownFrameworkIds.Count > 0)
            {
                result.AddError($"unknown framework '{string.Join("', '", settings.UnknownFrameworkIds)}'. Run '{CliApplication.Tool} frameworks' for the ids.");
            }
            else if (atLeastOne && settings.Frameworks.Count == 0)
            {
                result.AddError("--frameworks names no framework.");
            }
        });
        return option;
    }

    /// <summary>A day that counts as today, <c>yyyy-MM-dd</c>, kept as text: the policy takes it as the build gives it.</summary>
    public static Option<string> Today(string description)
    {
        var option = new Option<string>("--date") { HelpName = "DATE", Description = description };
        option.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (text is null)
            {
                return;
            }

            if (!IsoDate.TryParse(text.Trim(), out var date))
            {
                result.AddError($"--date '{text}' is not a yyyy-MM-dd date.");
            }
            else if (!PolicySettings.IsInDateRange(date))
            {
                result.AddError($"--date '{text}' is outside {PolicySettings.DateRange}.");
            }
        });
        return option;
    }

    /// <summary>The date printed on cards: a day or a UTC time, within the dates the policy takes.</summary>
    public static Option<DateTimeOffset?> CardDate(string description) => new("--date")
    {
        HelpName = "DATE",
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            string[] formats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];
            if (DateTimeOffset.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
            {
                if (PolicySettings.IsInDateRange(date.UtcDateTime))
                {
                    return date;
                }

                result.AddError($"--date '{text}' is outside {PolicySettings.DateRange}.");
                return null;
            }

            result.AddError($"--date '{text}' is not a date (use yyyy-MM-dd or yyyy-MM-ddTHH:mm:ssZ).");
            return null;
        },
    };

    /// <summary>A whole number of days from 1 to <see cref="PolicySettings.MaxDayLimit"/>, as the policy's day settings take it.</summary>
    /// <summary>The project folder that evidence paths (<c>Evidence = "eval/results.json"</c>) are relative to.</summary>
    public static Option<string> EvidenceRoot(string description) => new("--evidence-root") { HelpName = "DIR", Description = description };

    public static Option<int?> Days(string name, string description) => new(name)
    {
        HelpName = "N",
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days > 0 && days <= PolicySettings.MaxDayLimit)
            {
                return days;
            }

            result.AddError(text.Trim().Length > 0 && text.Trim().All(char.IsAsciiDigit) && text.Trim().TrimStart('0').Length > 0
                ? $"{name} '{text}' is more than the maximum of {PolicySettings.MaxDayLimit} days."
                : $"{name} '{text}' is not a positive whole number of days.");
            return null;
        },
    };

    /// <summary>
    /// An option naming a file or folder: an empty or blank value, or one no file system takes, is a parse error, so it
    /// never reaches a file API (where it would be an internal error).
    /// </summary>
    public static Option<string> PathOption(string name, string? alias, string helpName, string description)
    {
        var option = alias is null ? new Option<string>(name) : new Option<string>(name, alias);
        option.HelpName = helpName;
        option.Description = description;
        var kind = helpName == "DIR" ? "folder" : "file";
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0)
            {
                return;
            }

            var text = result.Tokens[0].Value;
            if (string.IsNullOrWhiteSpace(text))
            {
                result.AddError($"{name} is empty; name a {kind}.");
                return;
            }

            try
            {
                _ = System.IO.Path.GetFullPath(text);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or System.IO.PathTooLongException)
            {
                result.AddError($"{name} '{CliApplication.OneLine(text)}' is not a usable path ({CliApplication.OneLine(e.Message)}).");
            }
        });
        return option;
    }

    public static string? Text(int? days) => days?.ToString(CultureInfo.InvariantCulture);

    private static string DefaultFormats() =>
        (CardFormats.Default.Count == CardFormats.All.Count ? "all" : string.Join(",", CardFormats.Default.Select(f => f.Name)))
        + (CardFormats.Default.OfType<IScopedModelCardFormat>().Any()
            ? ", " + string.Join(" and ", CardFormats.Default.OfType<IScopedModelCardFormat>().Select(f => f.Name)) + " only for the models they concern; named, for every model"
            : "");

    private static string Or(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[names.Count - 1];
}
