using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using AiCompliance.ModelCards.Writers;
using AiCompliance.Policy;
using AiCompliance.Policy.Requirements;
using AiCompliance.Policy.Rules;

namespace AiCompliance.ModelCards.Checking;

/// <summary>
/// Writes the result of <c>aicompliance check</c> as one SARIF 2.1.0 run (docs/cli.md describes the mapping):
/// every rule of the catalogue as tool.driver.rules with its level in the checked mode, one result per finding with a
/// logical location (the type, or the assembly for datasets and acceptances) and the assembly file as its physical
/// location, suppressed findings with an external, accepted suppression that quotes the risk acceptance, and the rules
/// that need source as notifications. Deterministic: no timestamps, no absolute paths.
/// </summary>
internal static class SarifWriter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public const string InformationUri = Policy.RepositoryLinks.Repository;

    /// <summary>The base of the source paths code-evidence findings point at: the directory of the project that was built.</summary>
    public const string ProjectRootBaseId = "PROJECTROOT";

    /// <summary>The SARIF level of a severity: error, warning, note, or none.</summary>
    public static string Level(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "note",
        _ => "none",
    };

    public static byte[] Write(CheckResult result)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        var rules = RuleCatalog.Descriptors;
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            ruleIndex[rules[i].Id] = i;
        }

        var settings = result.Settings;
        var declarations = result.Assembly.Declarations;
        using var json = new JsonOutput();
        var w = json.Writer;
        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();

        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", GeneratorInfo.Name);
        w.WriteString("fullName", GeneratorInfo.Name + " policy check (aicompliance check) " + GeneratorInfo.Version);
        w.WriteString("version", GeneratorInfo.Version);
        w.WriteString("semanticVersion", GeneratorInfo.Version);
        w.WriteString("informationUri", InformationUri);
        w.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            var severity = settings.SeverityOf(rule);
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("name", rule.Name);
            Text(json, "shortDescription", rule.Title);
            Text(json, "fullDescription", rule.Description);
            w.WriteString("helpUri", rule.HelpUri);
            Text(json, "help", rule.Description + " See " + rule.HelpUri);
            w.WriteStartObject("defaultConfiguration");
            w.WriteBoolean("enabled", severity != RuleSeverity.None);
            w.WriteString("level", Level(severity));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("category", rule.Category);
            w.WriteBoolean("needsSource", rule.NeedsSource);
            w.WriteStartArray("tags");
            w.WriteStringValue(rule.Category);
            if (rule.NeedsSource)
            {
                w.WriteStringValue("needs-source");
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        if (result.Findings.Any(f => f.CodePosition is not null))
        {
            w.WriteStartObject("originalUriBaseIds");
            w.WriteStartObject(ProjectRootBaseId);
            w.WriteStartObject("description");
            w.WriteString("text", "The directory of the project the assembly was built from (source paths are recorded relative to it).");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", true);
        w.WriteStartArray("toolExecutionNotifications");
        foreach (var rule in result.NotCheckable)
        {
            w.WriteStartObject();
            w.WriteString("level", "note");
            w.WriteStartObject("message");
            w.WriteString("text", rule.Id + " (" + rule.Title + ") " + result.WhyNotCheckable(rule));
            w.WriteEndObject();
            w.WriteStartObject("associatedRule");
            w.WriteString("id", rule.Id);
            w.WriteNumber("index", ruleIndex[rule.Id]);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();

        w.WriteStartArray("artifacts");
        w.WriteStartObject();
        w.WriteStartObject("location");
        json.String("uri", ArtifactUri(result.FileName));
        w.WriteEndObject();
        w.WriteStartArray("roles");
        w.WriteStringValue("analysisTarget");
        w.WriteEndArray();
        w.WriteStartObject("hashes");
        w.WriteString("sha-256", result.Assembly.Sha256);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();

        w.WriteStartArray("results");
        foreach (var finding in result.Findings)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", finding.Rule.Id);
            w.WriteNumber("ruleIndex", ruleIndex[finding.Rule.Id]);
            w.WriteString("level", Level(finding.Severity));
            w.WriteStartObject("message");
            json.String("text", finding.Message);
            w.WriteEndObject();

            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            json.String("uri", ArtifactUri(result.FileName));
            w.WriteNumber("index", 0);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("logicalLocations");
            w.WriteStartObject();
            if (finding.TypeName is { } typeName)
            {
                json.String("name", SimpleName(typeName));
                json.String("fullyQualifiedName", typeName);
                w.WriteString("kind", "type");
            }
            else
            {
                json.String("name", declarations.AssemblyName);
                json.String("fullyQualifiedName", declarations.AssemblyName);
                w.WriteString("kind", "module");
            }

            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();

            // A code-evidence finding is about a line of the project's source, which the assembly records relative
            // to the project directory: a related location, so that a viewer can open it next to the checked DLL.
            if (finding.CodePosition is { } position)
            {
                w.WriteStartArray("relatedLocations");
                w.WriteStartObject();
                w.WriteNumber("id", 1);
                w.WriteStartObject("physicalLocation");
                w.WriteStartObject("artifactLocation");
                json.String("uri", SourceUri(position.File));
                if (!position.File.StartsWith("/", StringComparison.Ordinal))
                {
                    w.WriteString("uriBaseId", ProjectRootBaseId);
                }

                w.WriteEndObject();
                if (position.Line > 0)
                {
                    w.WriteStartObject("region");
                    w.WriteNumber("startLine", position.Line);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteStartObject("message");
                w.WriteString("text", "The code the finding is about, as the build recorded it.");
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndArray();
            }

            w.WriteStartObject("partialFingerprints");
            w.WriteString("aiComplianceFinding/v1", Fingerprint(finding));
            w.WriteEndObject();

            if (finding.SuppressionText() is { } justification)
            {
                w.WriteStartArray("suppressions");
                w.WriteStartObject();
                w.WriteString("kind", "external");
                w.WriteString("status", "accepted");
                json.String("justification", justification);
                w.WriteEndObject();
                w.WriteEndArray();
            }

            w.WriteStartObject("properties");
            w.WriteString("subjectKind", finding.SubjectKindName);
            json.String("subjectId", finding.SubjectId);
            json.String("location", finding.Location);
            json.String("attribute", finding.Attribute);
            json.String("property", finding.Property);
            json.Integer("element", finding.Element);
            json.Integer("occurrence", finding.Occurrence ?? finding.AttributeOccurrence);
            json.String("modelId", finding.ModelId);

            // The rule's own facts (the frameworks and clauses behind a missing declaration, the model's risk): the
            // analyzers attach them to the diagnostic, and the compiler's SARIF log writes them under this name.
            if (finding.Finding.Properties.Count > 0)
            {
                w.WriteStartObject("customProperties");
                foreach (var property in finding.Finding.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    json.String(property.Key, property.Value);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartObject("properties");
        json.String("assembly", declarations.AssemblyName);
        json.String("assemblyVersion", declarations.AssemblyVersion);
        w.WriteString("mode", settings.Mode.ToString().ToLowerInvariant());
        w.WriteString("date", settings.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        // Acceptances expire on the real date, whatever date the check is pinned to.
        w.WriteString("acceptancesJudgedOn", settings.RealToday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteStartArray("frameworks");
        foreach (var framework in settings.Frameworks)
        {
            w.WriteStringValue(framework.Id);
        }

        w.WriteEndArray();
        w.WriteNumber("assessmentMaxAgeDays", settings.AssessmentMaxAgeDays);
        w.WriteNumber("maxAcceptanceDays", settings.MaxAcceptanceDays);
        w.WriteStartArray("notCheckable");
        foreach (var rule in result.NotCheckable)
        {
            w.WriteStringValue(rule.Id);
        }

        w.WriteEndArray();
        WriteDeclarationStatuses(json, result.Declarations);
        w.WriteEndObject();

        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        return json.ToBytes();
    }

    // What the cards say of each declaration the frameworks ask of a model, so a SARIF consumer sees "incomplete" as
    // the card does, not only the findings.
    private static void WriteDeclarationStatuses(JsonOutput json, IReadOnlyList<ModelDeclarationReport> reports)
    {
        var w = json.Writer;
        w.WriteStartArray("declarationStatuses");
        foreach (var report in reports)
        {
            w.WriteStartObject();
            json.String("model", report.Model.DisplayId);
            w.WriteBoolean("incomplete", report.IsIncomplete);
            w.WriteStartArray("declarations");
            foreach (var entry in report.Expected)
            {
                w.WriteStartObject();
                json.String("id", entry.Id);
                json.String("status", DeclarationStatuses.Token(entry.Status));
                json.String("reason", entry.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Text(JsonOutput json, string name, string text)
    {
        json.Writer.WriteStartObject(name);
        json.String("text", text);
        json.Writer.WriteEndObject();
    }

    /// <summary>A relative URI reference for the file name (spaces and other reserved characters percent-encoded).</summary>
    private static string ArtifactUri(string fileName) => Uri.EscapeDataString(fileName);

    /// <summary>A recorded source path ('/'-separated, relative to the project or mapped by PathMap) as a URI reference.</summary>
    private static string SourceUri(string path)
    {
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Uri.EscapeDataString(segments[i]);
        }

        return string.Join("/", segments);
    }

    private static string SimpleName(string typeName)
    {
        // "Contoso.Outer.Ranker<TItem>": the part after the last '.' outside angle brackets.
        var depth = 0;
        for (var i = typeName.Length - 1; i >= 0; i--)
        {
            var c = typeName[i];
            if (c == '>')
            {
                depth++;
            }
            else if (c == '<')
            {
                depth--;
            }
            else if (c == '.' && depth == 0)
            {
                return typeName.Substring(i + 1);
            }
        }

        return typeName;
    }

    private static string Fingerprint(CheckedFinding finding)
    {
        // A code-evidence finding keeps its fingerprint when lines above it move: its file, not its line, identifies it.
        var location = finding.CodePosition is { } position ? finding.TypeName + " (code: " + position.File + ")" : finding.Location;
        var text = finding.Rule.Id + "\n" + finding.SubjectKindName + "\n" + finding.SubjectId + "\n" + location + "\n" + finding.Message;
        using var sha = SHA256.Create();
        return Hex.Lower(sha.ComputeHash(Encoding.UTF8.GetBytes(text)));
    }
}
