using System.Collections.Immutable;
using AiCompliance.Analyzers.Baseline;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Structure;

/// <summary>
/// AIC005: AiComplianceMode or AiComplianceFrameworks holds a value the policy does not know, or the baseline file
/// cannot be used (the suppressor cannot report, so the problem is told here). Reported once per
/// compilation at its end, without a location: the problem is in the build configuration, not in any source file.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidConfigurationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.For(SourceOnlyRules.InvalidConfiguration);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(end =>
        {
            if (!AnalysisSession.For(end.Compilation).IsSdkReferenced)
            {
                return;
            }

            foreach (var problem in new PolicySettingsReader(end.Options).Problems)
            {
                end.ReportDiagnostic(Diagnostic.Create(Rule, Location.None, MessageText.Escape(problem)));
            }

            if (AnalyzerBaseline.Read(end.Options, end.CancellationToken, out var baselineProblem) is null && baselineProblem is not null)
            {
                end.ReportDiagnostic(Diagnostic.Create(Rule, Location.None, MessageText.Escape(baselineProblem)));
            }
        });
    }
}
