using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Benchmarks;

/// <summary>
/// An internal comparison only (issue 18): an analyzer that registers the kinds of actions the AiCompliance analyzers
/// registered before AIC001 was rewritten, and does nothing in them: a symbol action on named types (the policy rules),
/// symbol start/end on named types with operation actions for invocations, object creations, member references,
/// declarators and anonymous and local functions (the old AIC001), a syntax-tree action (datasets and risk acceptances)
/// and a compilation-end action (AIC002, AIC307). What it costs over the compiler alone is what the driver charges for
/// those registrations. It is not what a user pays: that is the cost over the SDK's analyzers (variant b of the suite).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FloorAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The operation kinds AIC001 registered before issue 18 (it now builds operations only for the members it flags).</summary>
    public static readonly ImmutableArray<OperationKind> OperationKinds =
    [
        OperationKind.Invocation,
        OperationKind.ObjectCreation,
        OperationKind.FieldReference,
        OperationKind.PropertyReference,
        OperationKind.EventReference,
        OperationKind.MethodReference,
        OperationKind.VariableDeclarator,
        OperationKind.AnonymousFunction,
        OperationKind.LocalFunction,
    ];

    // Never reported; an analyzer whose every diagnostic is disabled is not run at all, so it needs an enabled one.
    private static readonly DiagnosticDescriptor Rule = new(
        "BENCH000",
        "Floor",
        "Never reported",
        "Benchmark",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
            start.RegisterSymbolStartAction(
                static symbolStart =>
                {
                    symbolStart.RegisterOperationAction(static _ => { }, OperationKinds);
                    symbolStart.RegisterSymbolEndAction(static _ => { });
                },
                SymbolKind.NamedType);
            start.RegisterSyntaxTreeAction(static _ => { });
            start.RegisterCompilationEndAction(static _ => { });
        });
    }
}
