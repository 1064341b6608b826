using System.Collections.Generic;

namespace AiCompliance.Policy.Declarations;

/// <summary>
/// Turns raw attributes into typed declarations, as <see cref="DeclarationKinds"/> describes them. Tolerates everything
/// half-typed code can produce: missing arguments, nulls, wrong value types and unknown properties all bind to "not
/// set" instead of throwing.
/// </summary>
public static class DeclarationBinder
{
    /// <summary>Binds the attributes of one type. Attributes that are not model-level SDK attributes are ignored.</summary>
    public static ModelDeclarations BindType(string typeName, IEnumerable<RawDeclaration> attributes)
    {
        var model = new ModelDeclarations { TypeName = typeName };
        Dictionary<DeclarationKind, List<Declaration>>? repeated = null;
        foreach (var raw in attributes)
        {
            if (DeclarationKinds.Find(raw.Name) is not { Scope: DeclarationScope.Model } kind)
            {
                continue;
            }

            var declaration = kind.Bind(raw);
            if (kind.Repeatable)
            {
                repeated ??= new Dictionary<DeclarationKind, List<Declaration>>();
                if (!repeated.TryGetValue(kind, out var list))
                {
                    repeated[kind] = list = new List<Declaration>();
                }

                list.Add(declaration);
            }
            else
            {
                model = kind.Attach(model, new[] { declaration });
            }
        }

        if (repeated is not null)
        {
            foreach (var pair in repeated)
            {
                model = pair.Key.Attach(model, pair.Value);
            }
        }

        return model;
    }

    /// <summary>Binds an <c>[assembly: Dataset]</c> attribute.</summary>
    public static DatasetDeclaration BindDataset(RawDeclaration raw) => (DatasetDeclaration)DeclarationKinds.Dataset.Bind(raw);

    /// <summary>Binds an <c>[assembly: RiskAcceptance]</c> attribute.</summary>
    public static RiskAcceptanceDeclaration BindRiskAcceptance(RawDeclaration raw) => (RiskAcceptanceDeclaration)DeclarationKinds.RiskAcceptance.Bind(raw);

    /// <summary>Whether the attribute name is a model-level SDK attribute.</summary>
    public static bool IsModelLevel(string attributeName) => DeclarationKinds.Find(attributeName) is { Scope: DeclarationScope.Model };
}
