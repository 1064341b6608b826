using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AiCompliance.Policy.Acceptances;
using AiCompliance.Policy.Baseline;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Baseline;

/// <summary>
/// Suppresses the AiCompliance findings the checked-in baseline records, so a repository with TreatWarningsAsErrors
/// can adopt the package without a red build and then shrink the baseline.
/// </summary>
/// <remarks>
/// A suppressor rather than a check in every analyzer: it sees every AiCompliance diagnostic after the fact, so no
/// analyzer (nor a rule added later) needs to remember to consult the baseline, and SARIF and the IDE list a baselined
/// finding as suppressed instead of losing it, which is what 'aicompliance baseline' reads to keep the entry. A key
/// recorded with a count suppresses at most that many findings, so a new finding with the same text still shows.
/// Prohibited risk is never suppressed, as no risk acceptance may cover it.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BaselineSuppressor : DiagnosticSuppressor
{
    private static readonly ImmutableDictionary<string, SuppressionDescriptor> ByRule = Build();

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ByRule.Values.ToImmutableArray();

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        var baseline = AnalyzerBaseline.Read(context.Options, context.CancellationToken, out _);
        if (baseline is null || baseline.File.Entries.Count == 0)
        {
            return;
        }

        var byKey = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            if (!ByRule.ContainsKey(diagnostic.Id) || baseline.KeyOf(diagnostic, context.CancellationToken) is not { } key || baseline.CountOf(key) == 0)
            {
                continue;
            }

            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = new List<Diagnostic>();
            }

            list.Add(diagnostic);
        }

        foreach (var pair in byKey)
        {
            var matching = pair.Value;
            matching.Sort((a, b) => a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start));
            var count = Math.Min(baseline.CountOf(pair.Key), matching.Count);
            for (var i = 0; i < count; i++)
            {
                context.ReportSuppression(Suppression.Create(ByRule[matching[i].Id], matching[i]));
            }
        }
    }

    private static ImmutableDictionary<string, SuppressionDescriptor> Build()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, SuppressionDescriptor>();
        var never = new HashSet<string>(RiskAcceptances.NeverAcceptable) { SourceOnlyRules.InvalidConfiguration.Id };
        foreach (var rule in RuleCatalog.Descriptors)
        {
            if (!never.Contains(rule.Id))
            {
                builder[rule.Id] = new SuppressionDescriptor("AICB" + rule.Id.Substring(3), rule.Id, BaselineFile.SuppressionJustification);
            }
        }

        return builder.ToImmutable();
    }
}
