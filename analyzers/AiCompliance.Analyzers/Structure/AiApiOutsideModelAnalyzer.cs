using System.Collections.Generic;
using System.Collections.Immutable;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Structure;

/// <summary>
/// AIC001: a type (or the top-level program) uses an AI API (OpenAI, Microsoft.Extensions.AI, Semantic Kernel, ML.NET,
/// ONNX Runtime, …) but neither it nor a type it is nested in carries <c>[AiModel]</c>.
/// </summary>
/// <remarks>
/// What it costs (issue 18): at compilation start, the AI API surface is computed once (<see cref="AiApiSurface"/>: the
/// simple names code can reach an AI API through), and nothing is registered when no AI assembly is referenced. Per
/// type, one symbol action reads the declaration (base types, member signatures: no binding of bodies) and the text of
/// each member; only the members whose text mentions the surface are bound, their operation trees built on demand
/// (<see cref="SemanticModel.GetOperation"/>), and searched with the rule's logic. There is no operation action and no
/// symbol-start/end bookkeeping: the analyzer driver builds no operation tree for the bodies that cannot use an AI API.
/// Reporting per symbol (not at compilation end) lets the IDE analyse one file at a time. The symbol action runs for the
/// synthesized <c>Program</c> of top-level statements too (it is not implicitly declared), whose declaration is the
/// compilation unit; the collector reports those on the first use, since the program has no identifier of its own.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AiApiOutsideModelAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.For(SourceOnlyRules.AiApiOutsideModel);

    /// <summary>The diagnostic property that tells the code fix what the location is.</summary>
    public const string TargetProperty = "Target";

    /// <summary>The diagnostic is on a type declaration's identifier: add <c>[AiModel]</c> to that declaration.</summary>
    public const string TargetType = "Type";

    /// <summary>The diagnostic is on the first AI use of top-level statements: declare <c>partial class Program</c>.</summary>
    public const string TargetProgram = "Program";

    /// <summary>The diagnostic is on a use mapped into another file (Razor): no code fix.</summary>
    public const string TargetUse = "Use";

    /// <summary>
    /// The diagnostic property that tells the code fix the model's kind, a <see cref="ModelKind"/> member name
    /// (<c>Generative</c>), when the AI APIs the type uses tell it; absent otherwise.
    /// </summary>
    public const string ModelKindProperty = "ModelKind";

    /// <summary>The message's subject for top-level statements.</summary>
    public const string TopLevelProgramText = "The top-level program";

    private static readonly ImmutableDictionary<string, string?> TypeProperties = ImmutableDictionary<string, string?>.Empty.Add(TargetProperty, TargetType);
    private static readonly ImmutableDictionary<string, string?> ProgramProperties = ImmutableDictionary<string, string?>.Empty.Add(TargetProperty, TargetProgram);
    private static readonly ImmutableDictionary<string, string?> UseProperties = ImmutableDictionary<string, string?>.Empty.Add(TargetProperty, TargetUse);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // Razor compiles '@inject IChatClient Chat' into a generated property: generated code is where that use is.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    internal static ImmutableDictionary<string, string?> Properties(string target, ModelKind? kind)
    {
        var properties = target switch
        {
            TargetProgram => ProgramProperties,
            TargetUse => UseProperties,
            _ => TypeProperties,
        };
        return kind is { } known ? properties.Add(ModelKindProperty, known.ToString()) : properties;
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        var session = AnalysisSession.For(compilation);
        if (!session.IsSdkReferenced || session.AiModelAttribute is not { } aiModelAttribute)
        {
            return;
        }

        var mode = new PolicySettingsReader(context.Options).Global.Mode;
        if (mode == ComplianceMode.None || SourceOnlyRules.AiApiOutsideModel.SeverityIn(mode) == RuleSeverity.None)
        {
            return;
        }

        var extraNamespaces = ReadExtraNamespaces(context.Options.AnalyzerConfigOptionsProvider, compilation);
        if (extraNamespaces.Count == 0 && !ReferencesAiAssembly(compilation))
        {
            return;
        }

        var matcher = new AiApiMatcher(compilation, extraNamespaces);
        var sourceTypes = new SourceTypeIndex(compilation, matcher);
        var surface = AiApiSurface.Build(compilation, matcher, extraNamespaces, context.CancellationToken);
        context.RegisterSymbolAction(symbolContext => OnType(symbolContext, matcher, sourceTypes, surface, aiModelAttribute), SymbolKind.NamedType);
    }

    private static void OnType(SymbolAnalysisContext context, AiApiMatcher matcher, SourceTypeIndex sourceTypes, AiApiSurface surface, INamedTypeSymbol aiModelAttribute)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface) || type.IsImplicitlyDeclared)
        {
            return;
        }

        // Types declared in an AI API's namespace are the API (a configured namespace of your own, or the library
        // itself being built), not a use of it.
        if (matcher.Classify(type) != AiApiKind.None || matcher.IsMiddleware(type))
        {
            return;
        }

        new TypeAiUsageCollector(type, matcher, sourceTypes, aiModelAttribute, Rule).Analyze(context, surface);
    }

    /// <summary>Whether the compilation references at least one assembly of the built-in catalogue.</summary>
    private static bool ReferencesAiAssembly(Compilation compilation)
    {
        foreach (var identity in compilation.ReferencedAssemblyNames)
        {
            if (AiApiCatalog.AssemblyFamilies(identity.Name) != 0)
            {
                return true;
            }
        }

        return AiApiCatalog.AssemblyFamilies(compilation.AssemblyName) != 0;
    }

    /// <summary>
    /// The namespaces of <c>aicompliance.ai_api_namespaces</c>, from the global options and from every source file's
    /// options (an .editorconfig section), merged: the catalogue is one per compilation.
    /// </summary>
    private static List<string> ReadExtraNamespaces(AnalyzerConfigOptionsProvider provider, Compilation compilation)
    {
        var values = new HashSet<string>(System.StringComparer.Ordinal);
        if (provider.GlobalOptions.TryGetValue(OptionKeys.AiApiNamespaces, out var global))
        {
            values.Add(global);
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (provider.GetOptions(tree).TryGetValue(OptionKeys.AiApiNamespaces, out var value))
            {
                values.Add(value);
            }
        }

        var namespaces = new List<string>();
        foreach (var value in values)
        {
            foreach (var name in AiApiCatalog.ParseNamespaces(value))
            {
                if (!namespaces.Contains(name))
                {
                    namespaces.Add(name);
                }
            }
        }

        return namespaces;
    }
}
