using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using AiCompliance.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace AiCompliance.Analyzers.Structure;

/// <summary>What a type is to AIC001.</summary>
internal enum AiApiKind : byte
{
    /// <summary>Not an AI API.</summary>
    None,

    /// <summary>An AI API type: holding, creating or calling it is a use.</summary>
    Api,

    /// <summary>A <c>*Builder</c> of a family that wires clients (ChatClientBuilder, IKernelBuilder): registration, not use.</summary>
    WiringBuilder,
}

/// <summary>
/// Decides, for one compilation, which symbols are AI APIs: by namespace and assembly (never by simple name), with
/// every answer cached (per type definition, per namespace, per assembly) so each operation callback costs one or two
/// dictionary look-ups. Created once per compilation; thread-safe.
/// </summary>
internal sealed class AiApiMatcher
{
    private const int MaxTypeDepth = 4;

    private static readonly string[] GeneratedSuffixes = { ".designer.cs", ".generated.cs", ".g.cs", ".g.i.cs" };
    private static readonly char[] PathSeparators = { '/', '\\' };
    private static readonly string[] DependencyInjectionSegments = AiApiCatalog.DependencyInjectionNamespace.Split('.');

    private readonly ConcurrentDictionary<INamedTypeSymbol, AiApiKind> _types = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamespaceSymbol, NamespaceInfo> _namespaces = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IAssemblySymbol, int> _assemblies = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, bool> _generatedTrees = new();
    private readonly ConcurrentDictionary<INamedTypeSymbol, ModelKind?> _kinds = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _dataTypes = new(SymbolEqualityComparer.Default);
    private readonly SyntaxTreeOptionsProvider? _treeOptions;
    private readonly string[][] _familyPrefixes;
    private readonly int[] _familyOfPrefix;
    private readonly string[][] _extraPrefixes;
    private readonly IAssemblySymbol _sourceAssembly;
    private readonly bool _sourceMayBeApi;
    private readonly int _wiringBuilderFamilies;

    public AiApiMatcher(Compilation compilation, IReadOnlyList<string> extraNamespaces)
    {
        var prefixes = new List<string[]>();
        var families = new List<int>();
        for (var i = 0; i < AiApiCatalog.Families.Length; i++)
        {
            foreach (var name in AiApiCatalog.Families[i].Namespaces)
            {
                prefixes.Add(name.Split('.'));
                families.Add(i);
            }
        }

        _familyPrefixes = prefixes.ToArray();
        _familyOfPrefix = families.ToArray();
        _extraPrefixes = new string[extraNamespaces.Count][];
        for (var i = 0; i < extraNamespaces.Count; i++)
        {
            _extraPrefixes[i] = extraNamespaces[i].Split('.');
        }

        _treeOptions = compilation.Options.SyntaxTreeOptionsProvider;
        _sourceAssembly = compilation.Assembly;
        _sourceMayBeApi = _extraPrefixes.Length > 0 || AiApiCatalog.AssemblyFamilies(compilation.AssemblyName) != 0;
        _wiringBuilderFamilies = AiApiCatalog.WiringBuilderFamilies;
    }

    /// <summary>What a named type (its definition) is. The hot path: cheap rejections first, then one cache look-up.</summary>
    /// <summary>
    /// Whether a type is middleware in a model's pipeline: it derives from one of the families' delegating bases
    /// (<c>DelegatingChatClient</c>, <c>DelegatingAIAgent</c>, <c>DelegatingEmbeddingGenerator</c> …). Middleware
    /// passes calls on to whatever model the pipeline composes; it is not a model of its own, and the type that
    /// builds the pipeline holds the client.
    /// </summary>
    public bool IsMiddleware(INamedTypeSymbol type)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (baseType.Name.StartsWith("Delegating", StringComparison.Ordinal) && Classify(baseType.OriginalDefinition) != AiApiKind.None)
            {
                return true;
            }
        }

        return false;
    }

    public AiApiKind Classify(INamedTypeSymbol? type)
    {
        if (type is null || type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.Error)
        {
            return AiApiKind.None;
        }

        var definition = type.OriginalDefinition;
        var assembly = definition.ContainingAssembly;
        if (assembly is null)
        {
            return AiApiKind.None;
        }

        if (!_sourceMayBeApi && SymbolEqualityComparer.Default.Equals(assembly, _sourceAssembly))
        {
            return AiApiKind.None;
        }

        // Without configured namespaces only the catalogue's assemblies can hold AI APIs; one look-up per assembly
        // keeps the type cache down to their types.
        if (_extraPrefixes.Length == 0 && AssemblyFamilies(assembly) == 0)
        {
            return AiApiKind.None;
        }

        if (_types.TryGetValue(definition, out var kind))
        {
            return kind;
        }

        return _types.GetOrAdd(definition, Compute(definition, assembly));
    }

    /// <summary>
    /// The AI API type a type mentions, looking through arrays, type arguments (<c>Task&lt;ChatCompletion&gt;</c>,
    /// <c>List&lt;ChatMessage&gt;</c>) and type-parameter constraints; wiring builders do not count.
    /// </summary>
    public ITypeSymbol? FindApi(ITypeSymbol? type) => FindApi(type, 0);

    /// <summary>The AI API type an invocation uses (its receiver's type or the method's type), unless it is wiring.</summary>
    public ITypeSymbol? InvocationApi(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var containing = method.ContainingType;
        var containingKind = Classify(containing);
        var receiver = ReceiverType(invocation) as INamedTypeSymbol;
        var receiverKind = receiver is null ? AiApiKind.None : Classify(receiver);
        if (containingKind == AiApiKind.None && receiverKind == AiApiKind.None)
        {
            return null;
        }

        if (containingKind == AiApiKind.WiringBuilder || receiverKind == AiApiKind.WiringBuilder)
        {
            return null;
        }

        // Registration extensions on IServiceCollection that a library declares in its own namespace
        // (services.AddOpenAIChatCompletion(...) in Semantic Kernel) are wiring too.
        if (receiverKind == AiApiKind.None && IsDependencyInjection(receiver))
        {
            return null;
        }

        return receiverKind == AiApiKind.Api ? receiver : containing;
    }

    /// <summary>What kind of model an AI API type tells of (<see cref="AiApiCatalog.KindOf"/>); null when it does not. Cached per type definition.</summary>
    public ModelKind? KindOf(ITypeSymbol api)
    {
        if (api.OriginalDefinition is not INamedTypeSymbol definition)
        {
            return null;
        }

        if (_kinds.TryGetValue(definition, out var kind))
        {
            return kind;
        }

        return _kinds.GetOrAdd(definition, ComputeKind(definition));
    }

    /// <summary>Whether an AI API type only carries data (<see cref="AiApiCatalog.IsData"/>). Cached per type definition.</summary>
    public bool IsData(ITypeSymbol api)
    {
        if (api.OriginalDefinition is not INamedTypeSymbol definition)
        {
            return false;
        }

        if (_dataTypes.TryGetValue(definition, out var isData))
        {
            return isData;
        }

        var outermost = definition;
        while (outermost.ContainingType is { } containing)
        {
            outermost = containing;
        }

        var ns = outermost.ContainingNamespace is { IsGlobalNamespace: false } containingNamespace ? containingNamespace.ToDisplayString() : "";
        return _dataTypes.GetOrAdd(definition, AiApiCatalog.IsData(ns, definition.Name));
    }

    private static ModelKind? ComputeKind(INamedTypeSymbol definition)
    {
        var names = new List<string>();
        var outermost = definition;
        for (var current = definition; current is not null; current = current.ContainingType)
        {
            names.Add(current.Name);
            outermost = current;
        }

        var ns = outermost.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : "";
        return AiApiCatalog.KindOf(ns, names);
    }

    /// <summary>
    /// The family an AI API type belongs to, as one bit (bit i = <see cref="AiApiCatalog.Families"/>[i], bit 31 = a
    /// configured namespace). Where families nest (ONNX Runtime inside ML.NET's namespace and assembly pattern), the
    /// more specific one, which the catalogue lists later, wins.
    /// </summary>
    public int FamilyOf(ITypeSymbol api)
    {
        var definition = api.OriginalDefinition;
        if (definition.ContainingNamespace is not { } containing || definition.ContainingAssembly is not { } assembly)
        {
            return 0;
        }

        var ns = Namespace(containing);
        var families = ns.Families & AssemblyFamilies(assembly);
        if (families == 0)
        {
            return ns.IsExtra ? 1 << 31 : 0;
        }

        var highest = 1;
        while ((families >>= 1) != 0)
        {
            highest <<= 1;
        }

        return highest;
    }

    /// <summary>The AI API type whose member a reference names (<c>ChatRole.User</c>, <c>response.Text</c>).</summary>
    public ITypeSymbol? MemberApi(ISymbol member)
    {
        var containing = member.ContainingType;
        return Classify(containing) == AiApiKind.Api ? containing : null;
    }

    /// <summary>
    /// Whether an AI use is wiring: it sits in an argument of a dependency-injection call
    /// (<c>services.AddChatClient(sp =&gt; new …)</c>, <c>new ServiceDescriptor(…)</c>) or of a call on a wiring
    /// builder (<c>.Use(…)</c>, <c>.UseLogging()</c>). The receiver of an extension call is not one of its arguments
    /// here: <c>new OpenAIClient(…).AsBuilder()</c> still creates a client. Only called for AI uses, so it may walk.
    /// </summary>
    public bool IsWiring(IOperation operation)
    {
        for (var current = operation; current.Parent is { } parent; current = parent)
        {
            if (current is not IArgumentOperation argument)
            {
                continue;
            }

            switch (parent)
            {
                case IInvocationOperation invocation when !IsExtensionReceiver(invocation, argument) && IsWiringCall(invocation):
                    return true;
                case IObjectCreationOperation creation when IsDependencyInjection(creation.Constructor?.ContainingType) || Classify(creation.Constructor?.ContainingType) == AiApiKind.WiringBuilder:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a file is generated code, the way the compiler decides it for analyzers: <c>generated_code</c> in
    /// .editorconfig, a generated-looking file name, or an <c>&lt;auto-generated&gt;</c> comment on top. Only asked
    /// about files that hold an AI use, and cached per file.
    /// </summary>
    public bool IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (_generatedTrees.TryGetValue(tree, out var generated))
        {
            return generated;
        }

        return _generatedTrees.GetOrAdd(tree, ComputeGenerated(tree, cancellationToken));
    }

    private bool ComputeGenerated(SyntaxTree tree, CancellationToken cancellationToken)
    {
        switch (_treeOptions?.IsGenerated(tree, cancellationToken))
        {
            case GeneratedKind.MarkedGenerated:
                return true;
            case GeneratedKind.NotGenerated:
                return false;
        }

        var path = tree.FilePath ?? "";
        var name = path.Substring(path.LastIndexOfAny(PathSeparators) + 1);
        foreach (var suffix in GeneratedSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (name.StartsWith("TemporaryGeneratedFile_", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var trivia in tree.GetRoot(cancellationToken).GetLeadingTrivia())
        {
            var kind = (SyntaxKind)trivia.RawKind;
            if (kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia)
            {
                var text = trivia.ToString();
                if (text.IndexOf("<auto-generated", StringComparison.OrdinalIgnoreCase) >= 0 ||
                    text.IndexOf("<autogenerated", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsWiringCall(IInvocationOperation invocation)
    {
        var containing = invocation.TargetMethod.ContainingType;
        if (IsDependencyInjection(containing) || Classify(containing) == AiApiKind.WiringBuilder)
        {
            return true;
        }

        return ReceiverType(invocation) is INamedTypeSymbol receiver &&
               (Classify(receiver) == AiApiKind.WiringBuilder || IsDependencyInjection(receiver));
    }

    private static bool IsExtensionReceiver(IInvocationOperation invocation, IArgumentOperation argument) =>
        invocation.TargetMethod.IsExtensionMethod && argument.Parameter is { Ordinal: 0 };

    private static ITypeSymbol? ReceiverType(IInvocationOperation invocation)
    {
        if (invocation.Instance is { } instance)
        {
            return instance.Type;
        }

        var method = invocation.TargetMethod;
        return method.IsExtensionMethod && method.Parameters.Length > 0 ? method.Parameters[0].Type : null;
    }

    private bool IsDependencyInjection(INamedTypeSymbol? type) =>
        type?.ContainingNamespace is { } ns && Namespace(ns).IsDependencyInjection;

    private ITypeSymbol? FindApi(ITypeSymbol? type, int depth)
    {
        if (type is null || depth > MaxTypeDepth)
        {
            return null;
        }

        switch (type)
        {
            case INamedTypeSymbol named:
                if (Classify(named) == AiApiKind.Api)
                {
                    return named;
                }

                if (named.IsGenericType)
                {
                    foreach (var argument in named.TypeArguments)
                    {
                        if (FindApi(argument, depth + 1) is { } found)
                        {
                            return found;
                        }
                    }
                }

                return null;
            case IArrayTypeSymbol array:
                return FindApi(array.ElementType, depth + 1);
            case ITypeParameterSymbol parameter:
                foreach (var constraint in parameter.ConstraintTypes)
                {
                    if (FindApi(constraint, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private AiApiKind Compute(INamedTypeSymbol definition, IAssemblySymbol assembly)
    {
        var ns = definition.ContainingNamespace is { } containing ? Namespace(containing) : default;
        var families = ns.Families & AssemblyFamilies(assembly);
        if (families == 0 && !ns.IsExtra)
        {
            return AiApiKind.None;
        }

        if ((families & _wiringBuilderFamilies) != 0 && definition.Name.EndsWith("Builder", StringComparison.Ordinal))
        {
            return AiApiKind.WiringBuilder;
        }

        return AiApiKind.Api;
    }

    private int AssemblyFamilies(IAssemblySymbol assembly)
    {
        if (_assemblies.TryGetValue(assembly, out var mask))
        {
            return mask;
        }

        return _assemblies.GetOrAdd(assembly, AiApiCatalog.AssemblyFamilies(assembly.Identity.Name));
    }

    private NamespaceInfo Namespace(INamespaceSymbol ns)
    {
        if (_namespaces.TryGetValue(ns, out var info))
        {
            return info;
        }

        return _namespaces.GetOrAdd(ns, ComputeNamespace(ns));
    }

    private NamespaceInfo ComputeNamespace(INamespaceSymbol ns)
    {
        var segments = new List<string>();
        for (var current = ns; current is not null && !current.IsGlobalNamespace; current = current.ContainingNamespace)
        {
            segments.Add(current.Name);
        }

        segments.Reverse();
        var families = 0;
        for (var i = 0; i < _familyPrefixes.Length; i++)
        {
            if (StartsWith(segments, _familyPrefixes[i]))
            {
                families |= 1 << _familyOfPrefix[i];
            }
        }

        var extra = false;
        foreach (var prefix in _extraPrefixes)
        {
            if (StartsWith(segments, prefix))
            {
                extra = true;
                break;
            }
        }

        return new NamespaceInfo(families, extra, StartsWith(segments, DependencyInjectionSegments));
    }

    private static bool StartsWith(List<string> segments, string[] prefix)
    {
        if (segments.Count < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (!string.Equals(segments[i], prefix[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private readonly struct NamespaceInfo
    {
        public NamespaceInfo(int families, bool isExtra, bool isDependencyInjection)
        {
            Families = families;
            IsExtra = isExtra;
            IsDependencyInjection = isDependencyInjection;
        }

        /// <summary>The families (bits) whose namespace prefixes match.</summary>
        public int Families { get; }

        /// <summary>Whether a configured namespace matches: an AI API in any assembly.</summary>
        public bool IsExtra { get; }

        public bool IsDependencyInjection { get; }
    }
}
