namespace AiCompliance.Cli;

/// <summary>The help texts. docs/cli.md documents the same commands and options.</summary>
internal static class Help
{
    public const string Main = """
        aicompliance: AI governance declarations, from compiled .NET assemblies.

        Usage:
          aicompliance card <assembly.dll> [options]   Write the model cards of an assembly
          aicompliance check <assembly.dll> [options]  Apply the policy to an assembly, as the build does (SARIF too)
          aicompliance diff <old.dll> <new.dll>        What changed in governance between two builds
          aicompliance rules                           List the rules of the analyzers
          aicompliance frameworks [<id>]               List the frameworks, or one framework's clauses
          aicompliance help <command>                  Help on a command
          aicompliance --version                       Print the version

        Exit codes: 0 success, 1 findings (check: error-level findings; diff: weakening changes), 2 usage or
        input error, 3 internal error.
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
          --max-acceptance-days N
                                The longest a risk acceptance may run (aicompliance.max_acceptance_days; default 180)
          --list-file FILE      Also write the full paths of the files written, one per line (the build uses it)
          -q, --quiet           Print nothing on success
          -h, --help            This help

        Each card lists the risk acceptances ([assembly: RiskAcceptance]) active for its model on the card's date
        (--date or SOURCE_DATE_EPOCH), or else on today's UTC date; the date is printed only when one is listed.

        Files are written to temporary files first and moved into place only when all are written, so a failure
        leaves no partial set. An assembly without models is not an error: a notice is printed and nothing written.

        Exit codes: 0 cards written (or no model), 2 usage or input error (missing, non-.NET or corrupt file),
        3 internal error.

        """;

    public const string Check = """
        aicompliance check: apply the AiCompliance policy to a compiled assembly, as the build's analyzers do.

        Usage:
          aicompliance check <assembly.dll> [--mode minimal|recommended|strict] [--level LEVEL] [--frameworks IDS]
                             [--date yyyy-MM-dd] [--sarif FILE] [--max-acceptance-days N]
                             [--assessment-max-age-days N]

        Runs every rule that can be checked from declarations over the assembly's metadata (it is never loaded or
        run), with the mode's severities, and applies the risk acceptances the assembly declares exactly as the
        build's suppressor does. Rules that need source (AIC001, AIC005) are listed as not checkable.

        Options:
          -m, --mode MODE       minimal, recommended or strict (default: recommended), as AiComplianceMode
          --level LEVEL         latest (default) or a release such as 0.1.0, as AiComplianceLevel: rules introduced
                                after it are at most suggestions
          --frameworks IDS      Selected frameworks, comma- or semicolon-separated, as AiComplianceFrameworks
                                (default: the AiCompliance defaults; see 'aicompliance frameworks')
          --date DATE           The day that counts as today for expiry and age checks, yyyy-MM-dd, as
                                AiComplianceBuildDate (default: today's UTC date)
          --sarif FILE          Also write the findings as SARIF 2.1.0 (written to a temporary file, then moved)
          --max-acceptance-days N
                                The longest a risk acceptance may run, as aicompliance.max_acceptance_days (default 180)
          --assessment-max-age-days N
                                The oldest an assessment may be, as aicompliance.assessment_max_age_days (default 365)
          -h, --help            This help

        Prints the findings (rule, severity, model or dataset, location, message), the findings suppressed by risk
        acceptances with their approver and last day, and the counts.

        Exit codes: 0 no error-level finding left (warnings and suppressed findings do not count), 1 at least one
        error-level finding, 2 usage or input error (missing, non-.NET or corrupt file), 3 internal error.

        """;

    public const string Diff = """
        aicompliance diff: what changed in governance between two builds of an assembly.

        Usage:
          aicompliance diff <old.dll> <new.dll> [--format md|json] [--out FILE]

        Compares the declarations of the two assemblies: models (matched by id), datasets (by id) and risk
        acceptances (by rule and model). Each change is weakening (for example a lower risk level, weaker human
        oversight, a worse result, a relaxed threshold, a removed declaration, a new dataset, transfer or risk
        acceptance), strengthening, or neutral.

        Options:
          -f, --format FORMAT   md (Markdown for a release note or pull-request comment; default) or json
                                (docs/schema/governance-diff.schema.json)
          -o, --out FILE        Write the report to FILE (written to a temporary file, then moved) instead of the
                                standard output
          -h, --help            This help

        Exit codes: 0 no weakening change, 1 weakening changes found (so CI can gate on it), 2 usage or input error,
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
        "check" => Check,
        "diff" => Diff,
        "rules" => Rules,
        "frameworks" => Frameworks,
        _ => null,
    };
}
