using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using AiCompliance.ModelCards;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy;
using AiCompliance.Policy.Frameworks;
using AiCompliance.Policy.Rules;

namespace AiCompliance.Cli;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command reported findings (reserved for checking commands; <c>card</c> never returns it).</summary>
    public const int Findings = 1;

    /// <summary>Bad arguments, or an input that cannot be used (missing, not a .NET assembly, corrupt).</summary>
    public const int UsageOrInputError = 2;

    /// <summary>A bug in the tool itself.</summary>
    public const int InternalError = 3;
}

/// <summary>The aicompliance command line: argument parsing, commands, messages and exit codes.</summary>
internal sealed partial class CliApplication
{
    private const string Tool = "aicompliance";
    private const string Commands = "card, check, diff, rules, frameworks";

    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly Func<string, string?> _environment;

    public CliApplication(TextWriter output, TextWriter error, Func<string, string?>? environment = null)
    {
        _out = output;
        _error = error;
        _environment = environment ?? Environment.GetEnvironmentVariable;
    }

    public static string Version => GeneratorInfo.Version;

    public int Run(IReadOnlyList<string> args)
    {
        try
        {
            if (args.Count == 0)
            {
                _error.Write(Help.Main);
                return ExitCodes.UsageOrInputError;
            }

            var command = args[0];
            var rest = args.Skip(1).ToArray();
            switch (command)
            {
                case "-h":
                case "--help":
                case "-?":
                case "help":
                    return HelpCommand(rest);
                case "--version":
                    _out.WriteLine(Version);
                    return ExitCodes.Success;
                case "card":
                    return CardCommand(rest);
                case "check":
                    return CheckCommand(rest);
                case "diff":
                    return DiffCommand(rest);
                case "rules":
                    return RulesCommand(rest);
                case "frameworks":
                    return FrameworksCommand(rest);
                default:
                    return Usage($"unknown command '{command}'. Commands: {Commands}. Run '{Tool} --help'.");
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _error.WriteLine($"{Tool}: internal error: {e.GetType().Name}: {OneLine(e.Message)} (please report this at https://github.com/aicompliance/aicompliance/issues)");
            return ExitCodes.InternalError;
        }
    }

    private int HelpCommand(string[] args)
    {
        var text = args.Length == 0 ? Help.Main : Help.For(args[0]);
        if (text is null)
        {
            return Usage($"no help for '{args[0]}': it is not a command. Commands: {Commands}.");
        }

        _out.Write(text);
        return ExitCodes.Success;
    }

    private static readonly CommandOption[] CardOptions =
    {
        new(new[] { "--format", "-f", "--formats" }),
        new(new[] { "--out", "-o" }),
        new(new[] { "--frameworks" }),
        new(new[] { "--date" }),
        new(new[] { "--list-file" }),
        new(new[] { "--max-acceptance-days" }),
        new(new[] { "--quiet", "-q" }, TakesValue: false),
    };

    private int CardCommand(string[] args)
    {
        if (!CommandArguments.TryParse("card", args, CardOptions, 1, OneAssemblyAtATime("card"), out var parsed, out var error))
        {
            return Usage(error!);
        }

        if (parsed.Help)
        {
            _out.Write(Help.Card);
            return ExitCodes.Success;
        }

        var assembly = parsed.Positional.Count > 0 ? parsed.Positional[0] : null;
        var formatList = parsed.Value("--format");
        var outDirectory = parsed.Value("--out");
        var frameworks = parsed.Value("--frameworks");
        var dateText = parsed.Value("--date");
        var listFile = parsed.Value("--list-file");
        var maxAcceptanceDays = parsed.Value("--max-acceptance-days");
        var quiet = parsed.Flag("--quiet");

        if (string.IsNullOrWhiteSpace(assembly))
        {
            return Usage($"card: no assembly given. Usage: {Tool} card <assembly.dll> [--format md,json,html,cdx] [--out DIR] [--frameworks IDS]");
        }

        var formats = ModelCardFormats.All;
        if (formatList is not null)
        {
            formats = ModelCardFormatNames.Parse(formatList, out var unknownFormats);
            if (unknownFormats.Count > 0)
            {
                return Usage($"card: unknown format '{string.Join("', '", unknownFormats)}'. Formats: {string.Join(", ", ModelCardFormatNames.Names)}.");
            }

            if (formats == ModelCardFormats.None)
            {
                return Usage($"card: --format names no format. Formats: {string.Join(", ", ModelCardFormatNames.Names)}.");
            }
        }

        if (maxAcceptanceDays is not null && !IsPositiveDays(maxAcceptanceDays))
        {
            return Usage($"card: --max-acceptance-days '{maxAcceptanceDays}' is not a positive whole number of days.");
        }

        // Today (UTC) decides which risk acceptances the cards list, unless --date or SOURCE_DATE_EPOCH gives the day.
        var settings = PolicySettings.Create(null, frameworks, null, null, maxAcceptanceDays);
        if (frameworks is not null)
        {
            if (settings.UnknownFrameworkIds.Count > 0)
            {
                return Usage($"card: unknown framework '{string.Join("', '", settings.UnknownFrameworkIds)}'. Run '{Tool} frameworks' for the ids.");
            }

            if (settings.Frameworks.Count == 0)
            {
                return Usage("card: --frameworks names no framework.");
            }
        }

        if (!TryGetDate(dateText, out var date, out var dateError))
        {
            return Usage("card: " + dateError);
        }

        if (!File.Exists(assembly))
        {
            return InputError(Directory.Exists(assembly) ? $"{assembly}: is a directory, not an assembly file." : $"{assembly}: no such file.");
        }

        ScannedAssembly scanned;
        try
        {
            scanned = AssemblyDeclarationReader.ReadFile(assembly);
        }
        catch (AssemblyReadException e)
        {
            return InputError(e.Message);
        }

        var files = ModelCardGenerator.Generate(scanned, new ModelCardOptions { Formats = formats, Settings = settings, Date = date });
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
            foreach (var note in Notes(scanned))
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
            var models = scanned.Declarations.Models.Count();
            _out.WriteLine($"{Tool}: wrote {files.Count} file{(files.Count == 1 ? "" : "s")} for {models} model{(models == 1 ? "" : "s")} to {outputDirectory}");
            foreach (var file in written)
            {
                _out.WriteLine("  " + Path.GetFileName(file));
            }
        }

        return ExitCodes.Success;
    }

    private static IEnumerable<string> Notes(ScannedAssembly scanned)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
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

    private bool TryGetDate(string? text, out DateTimeOffset? date, out string? error)
    {
        date = null;
        error = null;
        if (text is not null)
        {
            string[] formats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];
            if (DateTimeOffset.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                date = parsed;
                return true;
            }

            error = $"--date '{text}' is not a date (use yyyy-MM-dd or yyyy-MM-ddTHH:mm:ssZ).";
            return false;
        }

        // https://reproducible-builds.org/specs/source-date-epoch/: seconds since 1970-01-01T00:00:00Z.
        var epoch = _environment("SOURCE_DATE_EPOCH");
        if (string.IsNullOrWhiteSpace(epoch))
        {
            return true;
        }

        if (long.TryParse(epoch.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799)
        {
            date = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }

        error = $"SOURCE_DATE_EPOCH '{epoch}' is not a number of seconds since 1970-01-01.";
        return false;
    }

    private int RulesCommand(string[] args)
    {
        if (args.Length > 0)
        {
            if (args[0] is "-h" or "--help")
            {
                _out.Write(Help.Rules);
                return ExitCodes.Success;
            }

            return Usage($"rules: unexpected argument '{args[0]}'.");
        }

        _out.WriteLine("ID      Default   Category      Title");
        foreach (var rule in RuleCatalog.Descriptors)
        {
            _out.WriteLine($"{rule.Id,-7} {Severity(rule.Recommended),-9} {rule.Category,-13} {rule.Title}{(rule.NeedsSource ? " (needs source)" : "")}");
        }

        _out.WriteLine();
        _out.WriteLine("'" + Tool + " check' runs every rule on a compiled assembly except those that need source; the build runs them all.");
        _out.WriteLine("Default is the severity in the recommended mode. Each rule's page: " + RuleDescriptor.HelpBaseUri + "<ID>.md");
        return ExitCodes.Success;
    }

    private int FrameworksCommand(string[] args)
    {
        if (args.Length > 1)
        {
            return Usage($"frameworks: one framework id at a time ('{args[0]}' and '{args[1]}' given).");
        }

        if (args.Length == 1)
        {
            if (args[0] is "-h" or "--help")
            {
                _out.Write(Help.Frameworks);
                return ExitCodes.Success;
            }

            var framework = FrameworkCatalog.Find(args[0]);
            if (framework is null)
            {
                return Usage($"frameworks: unknown framework '{args[0]}'. Run '{Tool} frameworks' for the ids.");
            }

            _out.WriteLine($"{framework.Id}: {framework.Title}");
            _out.WriteLine($"  {framework.Version} ({framework.Date}); {framework.Publisher}; {framework.Bindingness}");
            if (framework.Url is not null)
            {
                _out.WriteLine("  " + framework.Url);
            }

            _out.WriteLine();
            foreach (var clause in framework.Clauses)
            {
                _out.WriteLine($"  {clause.Id,-14} {clause.Title}{(clause.Confidence == Confidence.High ? "" : " (to verify)")}");
            }

            if (framework.Clauses.Count == 0)
            {
                _out.WriteLine("  (no clauses in the table yet)");
            }

            return ExitCodes.Success;
        }

        var defaults = new HashSet<string>(PolicySettings.DefaultFrameworkIds, StringComparer.Ordinal);
        _out.WriteLine("Id                   Date        Clauses  Title");
        foreach (var framework in FrameworkCatalog.All)
        {
            var mark = defaults.Contains(framework.Id) ? "*" : " ";
            _out.WriteLine($"{framework.Id + mark,-20} {framework.Date,-11} {framework.Clauses.Count,7}  {framework.Title}");
        }

        _out.WriteLine();
        _out.WriteLine("* selected by default. Details and clauses: " + Tool + " frameworks <id>");
        return ExitCodes.Success;
    }

    private static string Severity(RuleSeverity severity) => severity.ToString().ToLowerInvariant();

    private static Func<IReadOnlyList<string>, string, string> OneAssemblyAtATime(string command) =>
        (given, extra) => $"{command}: one assembly at a time ('{given[0]}' and '{extra}' given).";

    private int Usage(string message)
    {
        _error.WriteLine($"{Tool}: error: {OneLine(message)}");
        return ExitCodes.UsageOrInputError;
    }

    private int InputError(string message)
    {
        _error.WriteLine($"{Tool}: error: {OneLine(message)}");
        return ExitCodes.UsageOrInputError;
    }

    internal static string OneLine(string text) => text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Trim();
}
