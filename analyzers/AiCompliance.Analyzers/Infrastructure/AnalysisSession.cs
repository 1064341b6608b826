using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using AiCompliance.Policy.Declarations;
using Microsoft.CodeAnalysis;

namespace AiCompliance.Analyzers.Infrastructure;

/// <summary>
/// What every AiCompliance analyzer needs from one compilation, computed once and shared by all of them: the SDK's
/// attribute symbols, the assembly's datasets, and the bound declarations of each model type.
/// </summary>
internal sealed class AnalysisSession
{
    private static readonly ConditionalWeakTable<Compilation, AnalysisSession> Sessions = new();

    private readonly Dictionary<INamedTypeSymbol, string> _attributeNames;
    private readonly ConcurrentDictionary<INamedTypeSymbol, ModelDeclarations> _models = new(SymbolEqualityComparer.Default);
    private readonly Compilation _compilation;
    private IReadOnlyList<DatasetDeclaration>? _datasets;
    private IReadOnlyList<RiskAcceptanceDeclaration>? _acceptances;
    private readonly ConcurrentDictionary<INamedTypeSymbol, Policy.CodeEvidence.ModelCodeEvidence> _codeEvidence = new(SymbolEqualityComparer.Default);
    private readonly System.Lazy<CodeEvidence.CodeEvidenceApis?> _codeEvidenceApis;
    private readonly ConcurrentDictionary<INamedTypeSymbol, IReadOnlyList<Policy.CodeEvidence.PromptFlow>> _promptFlows = new(SymbolEqualityComparer.Default);
    private readonly System.Lazy<CodeEvidence.Flow.PromptFlowApis?> _promptFlowApis;

    private AnalysisSession(Compilation compilation, Dictionary<INamedTypeSymbol, string> attributeNames, INamedTypeSymbol? aiModel)
    {
        _compilation = compilation;
        _attributeNames = attributeNames;
        AiModelAttribute = aiModel;
        _codeEvidenceApis = new(() => CodeEvidence.CodeEvidenceApis.Resolve(compilation));
        _promptFlowApis = new(() => CodeEvidence.Flow.PromptFlowApis.Resolve(compilation));
    }

    /// <summary>The AI APIs the code-evidence rules read, or <see langword="null"/> when the compilation references none.</summary>
    public CodeEvidence.CodeEvidenceApis? CodeEvidenceApis => _codeEvidenceApis.Value;

    /// <summary>
    /// What a declared model's code shows, collected once for every rule that reads it (AIC4xx); empty when the
    /// compilation references none of the APIs the collector reads.
    /// </summary>
    public Policy.CodeEvidence.ModelCodeEvidence GetCodeEvidence(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        CodeEvidenceApis is not { } apis
            ? Policy.CodeEvidence.ModelCodeEvidence.Empty
            : _codeEvidence.GetOrAdd(type, t => CodeEvidence.ModelCodeEvidenceCollector.Collect(t, _compilation, apis, cancellationToken));

    /// <summary>The prompt APIs the flow rules read, or <see langword="null"/> when the compilation references none.</summary>
    public CodeEvidence.Flow.PromptFlowApis? PromptFlowApis => _promptFlowApis.Value;

    /// <summary>
    /// The prompt flows of a type's code, found once for every rule that reads them (AIC404, AIC405); empty when the
    /// compilation references no prompt API.
    /// </summary>
    public IReadOnlyList<Policy.CodeEvidence.PromptFlow> GetPromptFlows(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        PromptFlowApis is not { } apis
            ? System.Array.Empty<Policy.CodeEvidence.PromptFlow>()
            : _promptFlows.GetOrAdd(type, t => CodeEvidence.Flow.PromptFlowCollector.Collect(t, _compilation, apis, cancellationToken));

    /// <summary>The SDK's <c>AiModelAttribute</c>, or <see langword="null"/> when the SDK is not referenced.</summary>
    public INamedTypeSymbol? AiModelAttribute { get; }

    public bool IsSdkReferenced => AiModelAttribute is not null;

    /// <summary>The session of a compilation; created on first use, shared by every analyzer afterwards.</summary>
    public static AnalysisSession For(Compilation compilation) => Sessions.GetValue(compilation, Create);

    /// <summary>The SDK attribute's simple metadata name, or <see langword="null"/> for any other attribute class.</summary>
    public string? AttributeName(INamedTypeSymbol? attributeClass) =>
        attributeClass is not null && _attributeNames.TryGetValue(attributeClass, out var name) ? name : null;

    /// <summary>Whether the type carries at least one model-level SDK attribute. Cheap: no binding.</summary>
    public bool HasDeclarations(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            var name = AttributeName(attribute.AttributeClass);
            if (name is not null && DeclarationBinder.IsModelLevel(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The declarations of a type, or <see langword="null"/> when it carries none.</summary>
    public ModelDeclarations? GetDeclarations(INamedTypeSymbol type)
    {
        // Most types carry no attribute at all; every rule asks about every type, so answer those without a lookup.
        if (type.GetAttributes().IsEmpty)
        {
            return null;
        }

        if (_models.TryGetValue(type, out var cached))
        {
            return cached;
        }

        if (!HasDeclarations(type))
        {
            return null;
        }

        var raw = new List<RawDeclaration>();
        foreach (var attribute in type.GetAttributes())
        {
            var name = AttributeName(attribute.AttributeClass);
            if (name is not null && DeclarationBinder.IsModelLevel(name))
            {
                raw.Add(RoslynDeclarationReader.Read(name, attribute));
            }
        }

        var declarations = DeclarationBinder.BindType(type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat), raw);
        if (declarations.Identity is null)
        {
            declarations = declarations with { EnclosingModelId = EnclosingModelId(type) };
        }

        return _models.GetOrAdd(type, declarations);
    }

    /// <summary>The assembly's <c>[assembly: Dataset]</c> declarations, in source order.</summary>
    public IReadOnlyList<DatasetDeclaration> Datasets
    {
        get
        {
            var datasets = Volatile.Read(ref _datasets);
            if (datasets is null)
            {
                var list = new List<DatasetDeclaration>();
                foreach (var attribute in _compilation.Assembly.GetAttributes())
                {
                    if (AttributeName(attribute.AttributeClass) == AttributeNames.Dataset)
                    {
                        list.Add(DeclarationBinder.BindDataset(RoslynDeclarationReader.Read(AttributeNames.Dataset, attribute)));
                    }
                }

                datasets = list;
                Interlocked.CompareExchange(ref _datasets, datasets, null);
            }

            return datasets;
        }
    }

    /// <summary>The assembly's <c>[assembly: RiskAcceptance]</c> declarations, in source order.</summary>
    public IReadOnlyList<RiskAcceptanceDeclaration> RiskAcceptances
    {
        get
        {
            var acceptances = Volatile.Read(ref _acceptances);
            if (acceptances is null)
            {
                var list = new List<RiskAcceptanceDeclaration>();
                foreach (var attribute in _compilation.Assembly.GetAttributes())
                {
                    if (AttributeName(attribute.AttributeClass) == AttributeNames.RiskAcceptance)
                    {
                        list.Add(DeclarationBinder.BindRiskAcceptance(RoslynDeclarationReader.Read(AttributeNames.RiskAcceptance, attribute)));
                    }
                }

                acceptances = list;
                Interlocked.CompareExchange(ref _acceptances, acceptances, null);
            }

            return acceptances;
        }
    }

    private string? EnclosingModelId(INamedTypeSymbol type)
    {
        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            if (GetDeclarations(container) is { Identity: not null } model)
            {
                return Policy.Acceptances.RiskAcceptances.SubjectModelId(model);
            }
        }

        return null;
    }

    /// <summary>The id of the model a location belongs to: the [AiModel] type declared around it, if any.</summary>
    public string? ModelIdAt(Location location, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (!location.IsInSource || location.SourceTree != semanticModel.SyntaxTree)
        {
            return null;
        }

        var node = location.SourceTree.GetRoot(cancellationToken).FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        for (; node is not null; node = node.Parent)
        {
            if (node is Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax declaration &&
                semanticModel.GetDeclaredSymbol(declaration, cancellationToken) is INamedTypeSymbol type &&
                GetDeclarations(type)?.Identity is { } identity)
            {
                return string.IsNullOrWhiteSpace(identity.Id) ? null : identity.Id;
            }
        }

        return null;
    }

    private static AnalysisSession Create(Compilation compilation)
    {
        var aiModel = compilation.GetTypeByMetadataName(AttributeNames.FullName(AttributeNames.AiModel));
        var names = new Dictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);
        if (aiModel is not null)
        {
            foreach (var name in AttributeNames.ModelLevel)
            {
                Add(name);
            }

            foreach (var name in AttributeNames.AssemblyLevel)
            {
                Add(name);
            }
        }

        return new AnalysisSession(compilation, names, aiModel);

        void Add(string name)
        {
            var symbol = compilation.GetTypeByMetadataName(AttributeNames.FullName(name));
            if (symbol is not null)
            {
                names[symbol] = name;
            }
        }
    }
}
