namespace AiCompliance.Cli;

/// <summary>The help texts. docs/cli.md documents the same commands and options.</summary>
internal static class Help
{
    public const string Main = """
        aicompliance: AI governance declarations, from compiled .NET assemblies.

        Usage:
          aicompliance card <assembly.dll> [options]   Write the model cards of an assembly
          aicompliance rules                           List the rules of the analyzers
          aicompliance frameworks [<id>]               List the frameworks, or one framework's clauses
          aicompliance help <command>                  Help on a command
          aicompliance --version                       Print the version

        Exit codes: 0 success, 1 findings, 2 usage or input error, 3 internal error.
        Documentation: https://github.com/aicompliance/aicompliance/blob/main/docs/cli.md

        """;

    public const string Card = """
        aicompliance card: write the model cards of an assembly.

        Usage:
          aicompliance card <assembly.dll> [--format md,json,html,cdx] [--out DIR] [--frameworks IDS] [--date DATE]

        The assembly is read from its metadata only: it is never loaded or run, so any target framework works and no
        source is needed. Every type with [AiModel] gets <model-id>.md, <model-id>.json and <model-id>.html, and the
        assembly gets one CycloneDX 1.6 BOM, <AssemblyName>.cdx.json.

        Options:
          -f, --format LIST     Formats, comma- or semicolon-separated: md, json, html, cdx (default: all four)
          -o, --out DIR         Output folder (default: ./model-cards), created when needed
          --frameworks IDS      Frameworks of the compliance section, comma- or semicolon-separated
                                (default: the AiCompliance defaults; see 'aicompliance frameworks')
          --date DATE           Date printed on the cards and in the BOM timestamp (yyyy-MM-dd or
                                yyyy-MM-ddTHH:mm:ssZ). Without it, SOURCE_DATE_EPOCH is used when set, and
                                otherwise the cards carry no date, so the same assembly gives identical files.
          --list-file FILE      Also write the full paths of the files written, one per line (the build uses it)
          -q, --quiet           Print nothing on success
          -h, --help            This help

        Files are written to temporary files first and moved into place only when all are written, so a failure
        leaves no partial set. An assembly without models is not an error: a notice is printed and nothing written.

        Exit codes: 0 cards written (or no model), 2 usage or input error (missing, non-.NET or corrupt file),
        3 internal error.

        """;

    public const string Rules = """
        aicompliance rules: list every rule of the analyzers with its default severity, category and title.

        Usage:
          aicompliance rules

        """;

    public const string Frameworks = """
        aicompliance frameworks: list the governance frameworks the policy cites.

        Usage:
          aicompliance frameworks          Every framework: id, date, number of clauses, title (* = selected by default)
          aicompliance frameworks <id>     One framework: version, publisher, bindingness and its clauses

        """;

    public static string? For(string command) => command switch
    {
        "card" => Card,
        "rules" => Rules,
        "frameworks" => Frameworks,
        _ => null,
    };
}
