using System.Collections.Immutable;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Infrastructure;

/// <summary>
/// Runs one policy rule from source. The rule's logic lives in AiCompliance.Policy so that <c>aicompliance check</c>
/// applies it identically to compiled assemblies; this class only finds the declarations and places the findings.
/// </summary>
public abstract class PolicyRuleAnalyzer : DiagnosticAnalyzer
{
    private readonly Rule _rule;
    private readonly DiagnosticDescriptor _descriptor;

    private protected PolicyRuleAnalyzer(Rule rule, DiagnosticDescriptor descriptor)
    {
        _rule = rule;
        _descriptor = descriptor;
    }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(_descriptor);

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var session = AnalysisSession.For(context.Compilation);
        if (!session.IsSdkReferenced)
        {
            return;
        }

        var settings = new PolicySettingsReader(context.Options);
        if (settings.Global.Mode == ComplianceMode.None || _rule.Descriptor.SeverityIn(settings.Global.Mode) == RuleSeverity.None)
        {
            return;
        }

        if (_rule.ChecksModels)
        {
            context.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, session, settings), SymbolKind.NamedType);
        }

        if (_rule.ChecksDatasets)
        {
            context.RegisterSyntaxTreeAction(treeContext => AnalyzeDatasets(treeContext, session, settings));
        }
    }

    private void AnalyzeType(SymbolAnalysisContext context, AnalysisSession session, PolicySettingsReader settings)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var declarations = session.GetDeclarations(type);
        if (declarations is null || (declarations.Identity is null && !_rule.ChecksStrayTypes))
        {
            return;
        }

        var location = FindingLocator.TypeIdentifier(declarations, type, context.CancellationToken);
        var ruleContext = new ModelContext(
            declarations,
            session.Datasets,
            settings.For(location),
            finding => context.ReportDiagnostic(Diagnostic.Create(_descriptor, FindingLocator.Locate(finding, type, context.CancellationToken), finding.MessageArguments)));
        _rule.CheckModel(ruleContext);
    }

    private void AnalyzeDatasets(SyntaxTreeAnalysisContext context, AnalysisSession session, PolicySettingsReader settings)
    {
        var datasets = session.Datasets;
        foreach (var dataset in datasets)
        {
            if (dataset.Origin is not AttributeData { ApplicationSyntaxReference: { } reference } || reference.SyntaxTree != context.Tree)
            {
                continue;
            }

            var ruleContext = new DatasetContext(
                dataset,
                datasets,
                settings.For(context.Tree),
                finding => context.ReportDiagnostic(Diagnostic.Create(_descriptor, FindingLocator.Locate(finding, null, context.CancellationToken), finding.MessageArguments)));
            _rule.CheckDataset(ruleContext);
        }
    }
}
