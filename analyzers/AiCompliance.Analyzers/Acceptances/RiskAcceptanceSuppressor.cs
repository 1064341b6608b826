using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Acceptances;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Acceptances;

/// <summary>
/// Suppresses AiCompliance findings that an active <c>[assembly: RiskAcceptance]</c> covers. A suppressor, not a
/// #pragma: the IDE shows the finding as suppressed and SARIF lists it as suppressed, so the acceptance stays visible.
/// Roslyn only lets a suppression carry a fixed justification, so the SARIF entry points to the acceptance; the model
/// card and <c>aicompliance check</c> show its approver, expiry and justification.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RiskAcceptanceSuppressor : DiagnosticSuppressor
{
    private static readonly ImmutableDictionary<string, SuppressionDescriptor> ByRule = Build();

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ByRule.Values.ToImmutableArray();

    /// <summary>The real date acceptances expire by; null for the machine's UTC date. Tests pin it.</summary>
    internal DateTime? RealToday { get; set; }

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        var session = AnalysisSession.For(context.Compilation);
        if (!session.IsSdkReferenced)
        {
            return;
        }

        var acceptances = session.RiskAcceptances;
        if (acceptances.Count == 0)
        {
            return;
        }

        var settings = new PolicySettingsReader(context.Options, RealToday);
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            if (!ByRule.TryGetValue(diagnostic.Id, out var descriptor))
            {
                continue;
            }

            var tree = diagnostic.Location.SourceTree;
            var modelId = tree is null ? null : session.ModelIdAt(diagnostic.Location, context.GetSemanticModel(tree), context.CancellationToken);
            if (RiskAcceptances.FindActive(acceptances, diagnostic.Id, modelId, settings.For(tree)) is not null)
            {
                context.ReportSuppression(Suppression.Create(descriptor, diagnostic));
            }
        }
    }

    private static ImmutableDictionary<string, SuppressionDescriptor> Build()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, SuppressionDescriptor>();
        var never = new HashSet<string>(RiskAcceptances.NeverAcceptable);
        foreach (var rule in RuleCatalog.Descriptors)
        {
            if (!never.Contains(rule.Id))
            {
                builder[rule.Id] = DiagnosticDescriptors.AcceptedRisk(rule);
            }
        }

        return builder.ToImmutable();
    }
}
