using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AiCompliance.ModelCards.Reading;
using AiCompliance.ModelCards.Writers;

namespace AiCompliance.ModelCards.Diffing;

/// <summary>
/// The diff as JSON, following docs/schema/governance-diff.schema.json: the two assemblies, the counts, and every change
/// in the result's order. Deterministic: a typed <see cref="DiffDocument"/>, serialized through its source-generated
/// context (property order is declaration order) onto the shared <see cref="JsonOutput"/> layout.
/// </summary>
internal static class DiffJsonWriter
{
    public const string SchemaUri = Policy.RepositoryLinks.Schemas + "governance-diff.schema.json";
    public const string SchemaVersion = "1.2";

    public static byte[] Write(GovernanceDiffResult diff)
    {
        var document = new DiffDocument(
            SchemaUri,
            SchemaVersion,
            new DiffGenerator(GeneratorInfo.Name, GeneratorInfo.Version),
            Assembly(diff.OldFile, diff.Old),
            Assembly(diff.NewFile, diff.New),
            new DiffSummary(
                diff.Count(ChangeSeverity.Weakening),
                diff.Count(ChangeSeverity.Strengthening),
                diff.Count(ChangeSeverity.Neutral),
                diff.Changes.Count,
                diff.HasWeakening),
            diff.Changes.Select(Change).ToList());
        return JsonOutput.Serialize(document, DiffJsonContext.Default.DiffDocument);
    }

    private static DiffChange Change(GovernanceChange change) => new(
        change.SeverityName,
        change.Kind,
        Escaping.Clean(change.Description),
        new DiffSubject(change.SubjectKind, Text(change.SubjectId)),
        change.Declaration,
        Text(change.Item),
        Text(change.Property),
        Text(change.Old),
        Text(change.New));

    private static DiffAssembly Assembly(string file, ScannedAssembly assembly) => new(
        Text(file),
        Text(assembly.Declarations.AssemblyName),
        Text(assembly.Declarations.AssemblyVersion),
        Text(assembly.InformationalVersion),
        assembly.Sha256);

    // Declaration text may hold lone surrogates, which UTF-8 cannot carry.
    private static string? Text(string? text) => text is null ? null : Escaping.Clean(text);
}

/// <summary>
/// The diff as Markdown for a release note or a pull-request comment: a one-line summary, then the weakening changes
/// under their own heading, then the strengthening and the neutral ones, each as a table. User text is escaped.
/// </summary>
internal static class DiffMarkdownWriter
{
    public const string WeakeningHeading = "Weakening changes";
    public const string StrengtheningHeading = "Strengthening changes";
    public const string NeutralHeading = "Neutral changes";

    public static string Write(GovernanceDiffResult diff)
    {
        var text = new StringBuilder();
        var weakening = diff.Count(ChangeSeverity.Weakening);
        var strengthening = diff.Count(ChangeSeverity.Strengthening);
        var neutral = diff.Count(ChangeSeverity.Neutral);
        text.Append("**AiCompliance governance diff** ")
            .Append(Escaping.MarkdownInline(Version(diff.Old), atBlockStart: false)).Append(" → ")
            .Append(Escaping.MarkdownInline(Version(diff.New), atBlockStart: false)).Append(": ");
        if (diff.Changes.Count == 0)
        {
            text.Append("no governance change.\n");
        }
        else
        {
            text.Append(weakening == 0 ? "no weakening" : "**" + Count(weakening, "weakening change") + "**")
                .Append(", ").Append(Count(strengthening, "strengthening change"))
                .Append(", ").Append(Count(neutral, "neutral change")).Append(".\n");
        }

        text.Append('\n');
        text.Append("Old: ").Append(Escaping.MarkdownInline(diff.OldFile, atBlockStart: false)).Append(" (SHA-256 ").Append(diff.Old.Sha256, 0, 12).Append("…). New: ")
            .Append(Escaping.MarkdownInline(diff.NewFile, atBlockStart: false)).Append(" (SHA-256 ").Append(diff.New.Sha256, 0, 12).Append("…). ")
            .Append("Weakening means less is declared, promised or controlled than before; see the AiCompliance docs (docs/cli.md) for every kind of change.\n");

        Section(text, WeakeningHeading, weakening, diff.Changes, ChangeSeverity.Weakening);
        Section(text, StrengtheningHeading, strengthening, diff.Changes, ChangeSeverity.Strengthening);
        Section(text, NeutralHeading, neutral, diff.Changes, ChangeSeverity.Neutral);
        return text.ToString();
    }

    private static void Section(StringBuilder text, string heading, int count, IReadOnlyList<GovernanceChange> changes, ChangeSeverity severity)
    {
        text.Append('\n').Append("## ").Append(heading).Append(" (").Append(count.ToString(CultureInfo.InvariantCulture)).Append(")\n\n");
        if (count == 0)
        {
            text.Append("None.\n");
            return;
        }

        text.Append("| Subject | Declaration | Change | Before | After |\n");
        text.Append("|---|---|---|---|---|\n");
        foreach (var change in changes)
        {
            if (change.Severity != severity)
            {
                continue;
            }

            text.Append("| ").Append(Cell(Subject(change)))
                .Append(" | ").Append(Cell(Declaration(change)))
                .Append(" | ").Append(Cell(change.Description)).Append(" (`").Append(change.Kind).Append("`)")
                .Append(" | ").Append(Cell(change.Old ?? "—"))
                .Append(" | ").Append(Cell(change.New ?? "—"))
                .Append(" |\n");
        }
    }

    private static string Subject(GovernanceChange change) => change.SubjectKind switch
    {
        "model" => "model " + change.SubjectId,
        "dataset" => "dataset " + change.SubjectId,
        _ => "acceptance " + change.SubjectId,
    };

    private static string Declaration(GovernanceChange change)
    {
        var text = change.Declaration;
        if (change.Item is { Length: > 0 } item)
        {
            text += " (" + item + ")";
        }

        if (change.Property is { } property)
        {
            text += "." + property;
        }

        return text;
    }

    private static string Cell(string text) => Escaping.MarkdownInline(text, atBlockStart: false);

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    private static string Version(ScannedAssembly assembly)
    {
        var name = assembly.Declarations.AssemblyName;
        var version = assembly.InformationalVersion ?? assembly.Declarations.AssemblyVersion;
        return string.IsNullOrEmpty(version) ? name : name + " " + version;
    }
}
