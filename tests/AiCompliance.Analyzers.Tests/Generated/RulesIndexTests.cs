using System;
using System.Linq;
using System.Text;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;

namespace AiCompliance.Analyzers.Tests.Generated;

/// <summary>docs/rules/README.md is the rule index: generated from the analyzers, the code fixes and the catalogue.</summary>
public sealed class RulesIndexTests
{
    [Trait("Category", "Generated")]
    [Fact]
    public void The_rule_index_matches_the_analyzers() =>
        GeneratedFile.Verify(RepositoryRoot.Combine("docs", "rules", "README.md"), Render());

    internal static string Render()
    {
        var analyzers = AnalyzerAssemblies.Analyzers(typeof(PolicyRuleAnalyzer).Assembly);
        var fixable = AnalyzerAssemblies.CodeFixes(typeof(AddDeclarationCodeFixProvider).Assembly)
            .SelectMany(f => f.FixableDiagnosticIds)
            .ToHashSet(StringComparer.Ordinal);
        var ids = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        var text = new StringBuilder();
        text.Append("# Rules\n\n");
        text.Append("<!-- Generated from the analyzers and the rule catalogue; regenerate with AICOMPLIANCE_UPDATE_GENERATED=1 dotnet test ComplianceSdk.sln -c Release --filter Category=Generated. -->\n\n");
        text.Append("Every rule has a page with its cause, the Joint Statement paragraph and framework clauses behind it, how to fix it,\n");
        text.Append("examples and configuration. The severity columns are the three policy modes (`AiComplianceMode`); `none` turns every\n");
        text.Append("rule off. \"In assemblies\" says whether `aicompliance check` can apply the rule to a compiled assembly.\n");
        text.Append("\"Since\" is the release that introduced the rule: a project that pins an older `AiComplianceLevel` gets it at most as\n");
        text.Append("a suggestion (see [configuration](../configuration.md#aicompliancelevel)).\n\n");
        text.Append("A model that lacks several declarations gets one diagnostic per missing declaration, not one summary per model:\n");
        text.Append("each keeps its own id, so its severity, `#pragma` or risk acceptance, and its code fix (which adds that one attribute,\n");
        text.Append("or with Fix All adds it to every model) apply to that declaration alone. Each message says which attribute to add and\n");
        text.Append("names at most two of the selected frameworks that ask for it; every clause is in the diagnostic's `Clauses` property\n");
        text.Append("(which SARIF carries) and on the rule's page.\n\n");
        foreach (var family in new[] { (RuleCategory.Structure, "Discovery and structure (AIC0xx)"), (RuleCategory.Declarations, "Missing declarations (AIC1xx)"), (RuleCategory.Values, "Invalid values (AIC2xx)"), (RuleCategory.Consistency, "Consistency (AIC3xx)"), (RuleCategory.CodeEvidence, "Code contradicts declaration (AIC4xx)") })
        {
            var rules = RuleCatalog.Descriptors.Where(r => r.Category == family.Item1 && ids.Contains(r.Id)).ToList();
            if (rules.Count == 0)
            {
                continue;
            }

            text.Append("## ").Append(family.Item2).Append("\n\n");
            text.Append("| Rule | Title | Since | minimal | recommended | strict | Code fix | In assemblies |\n");
            text.Append("|---|---|---|---|---|---|---|---|\n");
            foreach (var rule in rules)
            {
                text.Append("| [").Append(rule.Id).Append("](").Append(rule.Id).Append(".md) | ")
                    .Append(rule.Title).Append(" | ")
                    .Append(rule.IntroducedIn).Append(" | ")
                    .Append(Severity(rule.SeverityIn(ComplianceMode.Minimal))).Append(" | ")
                    .Append(Severity(rule.SeverityIn(ComplianceMode.Recommended))).Append(" | ")
                    .Append(Severity(rule.SeverityIn(ComplianceMode.Strict))).Append(" | ")
                    .Append(fixable.Contains(rule.Id) ? "yes" : "no").Append(" | ")
                    .Append(rule.NeedsSource ? "no" : rule.ReportsAtCompilationEnd ? "yes (whole assembly)" : "yes").Append(" |\n");
            }

            text.Append('\n');
        }

        text.Append("Rules that report at compilation end need the whole compilation (AIC002 compares every model's id; AIC005 reads\n");
        text.Append("the build configuration). In the IDE they appear with full-solution analysis and on build.\n");
        return text.ToString();
    }

    private static string Severity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "suggestion",
        _ => "off",
    };
}
