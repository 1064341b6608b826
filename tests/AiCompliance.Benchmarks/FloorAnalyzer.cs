using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Benchmarks;

/// <summary>
/// The physical floor: an analyzer that registers the same kinds of actions the AiCompliance analyzers register and
/// does nothing in them. A symbol action on named types (the policy rules), symbol start/end on named types with
/// operation actions for invocations, object creations, member references, declarators and anonymous and local
/// functions (AIC001), a syntax-tree action (datasets and risk acceptances) and a compilation-end action (AIC002,
/// AIC307). What it costs over the compiler alone is what the driver charges for walking symbols, building operation
/// trees and calling back; nothing an analyzer does in its callbacks can make it cheaper.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FloorAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The operation kinds AIC001 registers (TypeAiUsageCollector.OperationKinds).</summary>
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
