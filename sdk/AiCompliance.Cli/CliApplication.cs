using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using AiCompliance.ModelCards;
using AiCompliance.ModelCards.Reading;

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

/// <summary>
/// The aicompliance command line on System.CommandLine: the commands, their options, and one translation of parse
/// problems into the tool's one-line errors with exit code 2. Each command's action receives its parsed values.
/// </summary>
internal sealed partial class CliApplication
{
    public const string Tool = "aicompliance";

    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly Func<string, string?> _environment;

    // The real date risk acceptances expire by; null for the machine's UTC date. Tests pin it.
    private readonly DateTime? _realToday;
    private readonly Command _root;

    // The standard help writes to the invocation's output: this text, which CommandHelpAction reshapes onto _out.
    private readonly StringBuilder _rendered = new();

    // What each command says when it is given one positional argument too many, and when it lacks one.
    private readonly Dictionary<Command, (Func<ParseResult, string, string> Extra, string? Missing)> _positionals = new();

    public CliApplication(TextWriter output, TextWriter error, Func<string, string?>? environment = null, DateTime? realToday = null)
    {
        _out = output;
        _error = error;
        _environment = environment ?? Environment.GetEnvironmentVariable;
        _realToday = realToday;
        _root = BuildCommands();
    }

    public static string Version => GeneratorInfo.Version;

    private static readonly string[] HelpArguments = { "--help" };

    private static readonly Dictionary<string, string> Notes = new(StringComparer.Ordinal)
    {
        [Tool] = Help.Main,
        ["card"] = Help.Card,
        ["check"] = Help.Check,
        ["diff"] = Help.Diff,
        ["frameworks"] = Help.Frameworks,
    };

    internal static string? NotesOf(Command command) => Notes.TryGetValue(command.Name, out var notes) ? notes : null;

    public int Run(IReadOnlyList<string> args)
    {
        try
        {
            if (args.Count == 0)
            {
                // The help, as a usage error: on the error stream, with exit code 2.
                new CliApplication(_error, _error, _environment, _realToday).Run(HelpArguments);
                return ExitCodes.UsageOrInputError;
            }

            var parsed = _root.Parse(args.ToArray());
            if (parsed.Action is not CommandHelpAction and not VersionAction && UsageError(parsed) is { } problem)
            {
                return Usage(problem);
            }

            using var rendered = new StringWriter(_rendered, CultureInfo.InvariantCulture);
            return parsed.Invoke(new InvocationConfiguration { Output = rendered, Error = _error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _error.WriteLine($"{Tool}: internal error: {e.GetType().Name}: {OneLine(e.Message)} (please report this at {Policy.RepositoryLinks.Issues})");
            return ExitCodes.InternalError;
        }
    }

    private Command BuildCommands()
    {
        var root = new Command(Tool, Help.Title)
        {
            CardCommand(),
            CheckCommand(),
            BaselineCommand(),
            DiffCommand(),
            RulesCommand(),
            FrameworksCommand(),
            PackageAssetsCommand(),
            HelpCommand(),
        };
        var commands = string.Join(", ", root.Subcommands.Where(c => c.Name != "help" && !c.Hidden).Select(c => c.Name));
        Positionals(root, (_, extra) => $"unknown command '{extra}'. Commands: {commands}. Run '{Tool} --help'.");

        // The root's own (not System.CommandLine's default) help and version: this tool's version, not the host's.
        root.Options.Add(new HelpOption("--help", "-h", "-?") { Recursive = true, Action = new CommandHelpAction(new HelpAction { MaxWidth = 120 }, _rendered, _out) });
        root.Options.Add(new VersionOption("--version") { Action = new VersionAction(_out) });
        return root;
    }

    private void Positionals(Command command, Func<ParseResult, string, string> extra, string? missing = null) =>
        _positionals[command] = (extra, missing);

    /// <summary>
    /// The first problem with the arguments, in the tool's words, or <see langword="null"/>: an unknown option, an
    /// option without its value, a positional argument too many or missing, then a value the option rejects.
    /// </summary>
    private string? UsageError(ParseResult parsed)
    {
        var result = parsed.CommandResult;
        var command = result.Command;
        var name = command == _root ? null : command.Name;
        var positional = result.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value).ToList();

        // System.CommandLine takes an unknown "--x" as a positional argument when the command has room for one.
        foreach (var token in parsed.UnmatchedTokens.Concat(positional))
        {
            if (IsOptionLike(token))
            {
                return command == _root
                    ? $"unknown option '{token}'. Run '{Tool} --help'."
                    : $"{name}: unknown option '{token}'. Run '{Tool} {name} --help'.";
            }
        }

        foreach (var option in result.Children.OfType<OptionResult>())
        {
            // An option's value never starts with '-': "--mode --sarif x.sarif" lacks the mode, it does not name one.
            if (!option.Implicit && option.Option.Arity.MinimumNumberOfValues > 0 && (option.Tokens.Count == 0 || option.Tokens.Any(t => IsOptionLike(t.Value))))
            {
                return $"{option.IdentifierToken?.Value ?? option.Option.Name} needs a value.";
            }
        }

        _positionals.TryGetValue(command, out var words);
        if (parsed.UnmatchedTokens.Count > 0)
        {
            return words.Extra is null ? $"{name}: unexpected argument '{parsed.UnmatchedTokens[0]}'." : words.Extra(parsed, parsed.UnmatchedTokens[0]);
        }

        if (positional.Count < command.Arguments.Sum(a => a.Arity.MinimumNumberOfValues))
        {
            return words.Missing ?? $"{name}: missing argument.";
        }

        if (parsed.Errors.Count == 0)
        {
            return null;
        }

        // Errors of no symbol come from reading the arguments (a missing response file): they explain the others.
        var error = parsed.Errors.OrderBy(e => e.SymbolResult is null ? 0 : 1).First();
        return error.SymbolResult is OptionResult or ArgumentResult && name is not null ? $"{name}: {error.Message}" : error.Message;
    }

    private static bool IsOptionLike(string token) => token.Length > 1 && token[0] == '-';

    private bool TryRead(string path, out ScannedAssembly? scanned, out int exit)
    {
        scanned = null;
        exit = ExitCodes.Success;
        if (string.IsNullOrWhiteSpace(path))
        {
            exit = InputError("the assembly path is empty.");
            return false;
        }

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

    /// <summary>A message on one line: line breaks become spaces, other control characters visible escapes (<see cref="Policy.MessageText"/>).</summary>
    internal static string OneLine(string text) =>
        Policy.MessageText.Escape(text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)).Trim();

    /// <summary>Prints the tool's version (System.CommandLine's default would print the entry assembly's).</summary>
    private sealed class VersionAction(TextWriter output) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            output.WriteLine(Version);
            return ExitCodes.Success;
        }
    }
}
