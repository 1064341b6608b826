using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
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

    private protected PolicyRuleAnalyzer(Rule rule)
    {
        _rule = rule;
        _descriptor = DiagnosticDescriptors.For(rule.Descriptor);
    }

    /// <summary>The policy rule this analyzer runs.</summary>
    internal Rule Rule => _rule;

    /// <summary>The real date risk acceptances expire by; null for the machine's UTC date. Tests pin it.</summary>
    internal DateTime? RealToday { get; set; }

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

        var settings = new PolicySettingsReader(context.Options, RealToday);
        if (settings.Global.Mode == ComplianceMode.None || _rule.Descriptor.SeverityIn(settings.Global.Mode) == RuleSeverity.None)
        {
            return;
        }

        if (_rule.ReadsCode && session.CodeEvidenceApis is null)
        {
            // The code shows nothing a code-evidence rule could compare: no model action, no binding.
            return;
        }

        if ((_rule.ReadsPromptFlows || _rule.ChecksPromptFlows) && session.PromptFlowApis is null)
        {
            // The code names no prompt API: no value can reach a prompt.
            return;
        }

        // Outside declared models the only source the flow rules follow is an HTTP request (AIC405).
        if (_rule.ChecksPromptFlows && session.PromptFlowApis!.ReferencesAspNetCore)
        {
            context.RegisterSymbolAction(symbolContext => AnalyzeTypeFlows(symbolContext, session, settings), SymbolKind.NamedType);
        }

        if (_rule.ChecksModels)
        {
            var evidence = _rule.ReadsEvidence ? EvidenceFilesReader.Read(context.Options.AdditionalFiles) : null;
            context.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, session, settings, evidence), SymbolKind.NamedType);
        }

        if (_rule.ChecksDatasets)
        {
            context.RegisterSyntaxTreeAction(treeContext => AnalyzeDatasets(treeContext, session, settings));
        }

        if (_rule.ChecksRiskAcceptances)
        {
            context.RegisterSyntaxTreeAction(treeContext => AnalyzeRiskAcceptances(treeContext, session, settings));
        }

        if (_rule.ChecksAssembly)
        {
            // The rule needs every declared type of the compilation (duplicate ids, unused acceptances), which only the
            // end of the compilation knows.
            var models = new ConcurrentBag<(INamedTypeSymbol Type, ModelDeclarations Declarations)>();
            context.RegisterSymbolAction(
                symbolContext =>
                {
                    var type = (INamedTypeSymbol)symbolContext.Symbol;
                    if (session.GetDeclarations(type) is { } declarations)
                    {
                        models.Add((type, declarations));
                    }
                },
                SymbolKind.NamedType);
            context.RegisterCompilationEndAction(endContext => AnalyzeAssembly(endContext, session, settings, models));
        }
    }

    private void AnalyzeAssembly(CompilationAnalysisContext context, AnalysisSession session, PolicySettingsReader settings, ConcurrentBag<(INamedTypeSymbol Type, ModelDeclarations Declarations)> collected)
    {
        var ordered = collected.ToArray();
        Array.Sort(ordered, (a, b) => CompareLocations(a.Type, b.Type));
        var types = new Dictionary<ModelDeclarations, INamedTypeSymbol>();
        var models = new ModelDeclarations[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            models[i] = ordered[i].Declarations;
            types[ordered[i].Declarations] = ordered[i].Type;
        }

        var assembly = new AssemblyDeclarations
        {
            AssemblyName = context.Compilation.AssemblyName ?? "",
            Types = models,
            Datasets = session.Datasets,
            RiskAcceptances = session.RiskAcceptances,
        };
        var ruleContext = new AssemblyContext(
            assembly,
            settings.Global,
            finding => context.ReportDiagnostic(CreateDiagnostic(finding, finding.Model is { } model && types.TryGetValue(model, out var type) ? type : null, context.CancellationToken)));
        _rule.CheckAssembly(ruleContext);
    }

    private static int CompareLocations(ISymbol a, ISymbol b)
    {
        var left = a.Locations.IsEmpty ? null : a.Locations[0];
        var right = b.Locations.IsEmpty ? null : b.Locations[0];
        var byPath = string.CompareOrdinal(left?.SourceTree?.FilePath, right?.SourceTree?.FilePath);
        return byPath != 0 ? byPath : (left?.SourceSpan.Start ?? 0).CompareTo(right?.SourceSpan.Start ?? 0);
    }

    private void AnalyzeType(SymbolAnalysisContext context, AnalysisSession session, PolicySettingsReader settings, Policy.Evidence.EvidenceFiles? evidence)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var declarations = session.GetDeclarations(type);
        if (declarations is null || (declarations.Identity is null && !_rule.ChecksStrayTypes))
        {
            return;
        }

        // Only a declared model's own code is read, and only by the rules that compare it with the declarations.
        var code = _rule.ReadsCode && declarations.Identity is not null ? session.GetCodeEvidence(type, context.CancellationToken) : null;
        var flows = _rule.ReadsPromptFlows && declarations.Identity is not null ? session.GetPromptFlows(type, context.CancellationToken) : null;
        var location = FindingLocator.TypeIdentifier(declarations, type, context.CancellationToken);
        var ruleContext = new ModelContext(
            declarations,
            session.Datasets,
            settings.For(location),
            finding => context.ReportDiagnostic(CreateDiagnostic(finding, type, context.CancellationToken)),
            evidence,
            code,
            flows);
        _rule.CheckModel(ruleContext);
    }

    private void AnalyzeTypeFlows(SymbolAnalysisContext context, AnalysisSession session, PolicySettingsReader settings)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.Locations.IsEmpty)
        {
            return;
        }

        var flows = session.GetPromptFlows(type, context.CancellationToken);
        if (flows.Count == 0)
        {
            return;
        }

        _rule.CheckPromptFlows(new PromptFlowContext(
            flows,
            settings.For(type.Locations[0]),
            finding => context.ReportDiagnostic(CreateDiagnostic(finding, type, context.CancellationToken))));
    }

    private Diagnostic CreateDiagnostic(Finding finding, ISymbol? type, CancellationToken cancellationToken)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        foreach (var pair in finding.Properties)
        {
            properties = properties.SetItem(pair.Key, pair.Value);
        }

        return Diagnostic.Create(_descriptor, FindingLocator.Locate(finding, type, cancellationToken), properties, finding.MessageArguments);
    }

    private void AnalyzeRiskAcceptances(SyntaxTreeAnalysisContext context, AnalysisSession session, PolicySettingsReader settings)
    {
        foreach (var acceptance in session.RiskAcceptances)
        {
            if (acceptance.Origin is not AttributeData { ApplicationSyntaxReference: { } reference } || reference.SyntaxTree != context.Tree)
            {
                continue;
            }

            _rule.CheckRiskAcceptance(new RiskAcceptanceContext(
                acceptance,
                settings.For(context.Tree),
                finding => context.ReportDiagnostic(CreateDiagnostic(finding, null, context.CancellationToken))));
        }
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
                finding => context.ReportDiagnostic(CreateDiagnostic(finding, null, context.CancellationToken)));
            _rule.CheckDataset(ruleContext);
        }
    }
}
