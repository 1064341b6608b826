using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Text;
using AiCompliance.ModelCards.Formats;

namespace AiCompliance.Cli;

/// <summary>
/// The prose of the help: what each command is for and what the standard help cannot say (how it behaves, its exit
/// codes). Usage, arguments and options come from the commands themselves. docs/cli.md documents the same.
/// </summary>
internal static class Help
{
    public const string Title = "AI governance declarations, from compiled .NET assemblies";

    public const string Main = $"""
        Exit codes: 0 success, 1 findings (check: error-level findings; diff: weakening changes), 2 usage or
        input error, 3 internal error. Arguments can also be read from a response file: aicompliance @args.rsp
        Documentation: {Policy.RepositoryLinks.Docs}cli.md
        """;

    public static string Card => $"""
        The assembly is read from its metadata only: it is never loaded or run, so any target framework works and no
        source is needed. The files written (see --format):
          for every type with [AiModel]  {Files(perModel: true)}
          for the assembly               {Files(perModel: false)}

        Each card lists the risk acceptances ([assembly: RiskAcceptance]) active for its model on the card's date
        (--date or SOURCE_DATE_EPOCH), or else on today's UTC date; the date is printed only when one is listed.

        Files are written to temporary files first and moved into place only when all are written, so a failure
        leaves no partial set. An assembly without models is not an error: a notice is printed and nothing written.

        Exit codes: 0 cards written (or no model), 2 usage or input error (missing, non-.NET or corrupt file),
        3 internal error.
        """;

    public const string Check = """
        Runs every rule that can be checked from declarations over the assembly's metadata (it is never loaded or
        run), with the mode's severities, and applies the risk acceptances the assembly declares exactly as the
        build's suppressor does. Rules that need source (AIC001, AIC005) are listed as not checkable.

        Prints the findings (rule, severity, model or dataset, location, message), the findings suppressed by risk
        acceptances with their approver and last day, and the counts.

        Exit codes: 0 no error-level finding left (warnings and suppressed findings do not count), 1 at least one
        error-level finding, 2 usage or input error (missing, non-.NET or corrupt file), 3 internal error.
        """;

    public const string Diff = """
        Compares the declarations of the two assemblies: models (matched by id), datasets (by id) and risk
        acceptances (by rule and model). Each change is weakening (for example a lower risk level, weaker human
        oversight, a worse result, a relaxed threshold, a removed declaration, text replaced by a placeholder or by
        nothing visible, a new model without the declarations the policy expects of it, a new dataset, transfer or
        risk acceptance), strengthening, or neutral. --mode and --frameworks choose the policy that decides what a
        new model is expected to declare (default: recommended, the default frameworks).

        Exit codes: 0 no weakening change, 1 weakening changes found (so CI can gate on it), 2 usage or input error,
        3 internal error.
        """;

    public const string Frameworks = """
        Without an id: every framework, with its id, date, number of clauses and title (* = selected by default).
        With an id: that framework's version, publisher, bindingness and clauses.
        """;

    private static string Files(bool perModel) =>
        string.Join(", ", CardFormats.All.Where(f => f is IModelCardFormat == perModel).Select(f => f.FileNamePattern));
}

/// <summary>
/// The standard help of a command, led by a one-line title and followed by the command's own notes. The standard help
/// is rendered into <paramref name="rendered"/> (the text behind the invocation's output), then reshaped onto
/// <paramref name="output"/>.
/// </summary>
internal sealed class CommandHelpAction(HelpAction standard, StringBuilder rendered, TextWriter output) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        rendered.Clear();
        standard.Invoke(parseResult);
        // Wrapped descriptions end their lines with a space.
        var text = string.Join("\n", rendered.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => line.TrimEnd()));
        rendered.Clear();

        // The title says what the command is for, so the "Description:" section would only repeat it.
        var usage = text.IndexOf("Usage:", StringComparison.Ordinal);
        text = usage >= 0 ? text[usage..] : text;

        var command = parseResult.CommandResult.Command;
        var path = command.Name == CliApplication.Tool ? command.Name : CliApplication.Tool + " " + command.Name;
        output.Write(path + ": " + Lowercase(command.Description ?? Help.Title) + ".\n\n");
        output.Write(text.TrimEnd('\n') + "\n");
        if (CliApplication.NotesOf(command) is { } notes)
        {
            output.Write("\n" + notes.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n");
        }

        return ExitCodes.Success;
    }

    private static string Lowercase(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
