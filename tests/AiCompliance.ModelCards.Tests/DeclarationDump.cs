using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AiCompliance.Policy.Declarations;
using Microsoft.CodeAnalysis;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// What the analyzers bind from Roslyn's view of a compilation (the same conversion as RoslynDeclarationReader), and a
/// comparable text form of bound declarations, without the front-end-specific Origin.
/// </summary>
public static class DeclarationDump
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    foreach (var property in info.Properties.Where(p => p.Name is "Origin").ToList())
                    {
                        info.Properties.Remove(property);
                    }
                },
            },
        },
    };

    public static string Dump(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);

    /// <summary>The types with model-level SDK attributes, bound from Roslyn symbols, ordered by type name.</summary>
    public static IReadOnlyList<ModelDeclarations> BindWithRoslyn(Compilation compilation)
    {
        var result = new List<ModelDeclarations>();
        foreach (var type in AllTypes(compilation.Assembly.GlobalNamespace))
        {
            var raw = new List<RawDeclaration>();
            foreach (var attribute in type.GetAttributes())
            {
                var name = SdkName(attribute);
                if (name is not null && DeclarationBinder.IsModelLevel(name))
                {
                    raw.Add(Read(name, attribute));
                }
            }

            if (raw.Count > 0)
            {
                result.Add(DeclarationBinder.BindType(type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat), raw));
            }
        }

        return result.OrderBy(t => t.TypeName, System.StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<DatasetDeclaration> DatasetsWithRoslyn(Compilation compilation) =>
        compilation.Assembly.GetAttributes()
            .Where(a => SdkName(a) == AttributeNames.Dataset)
            .Select(a => DeclarationBinder.BindDataset(Read(AttributeNames.Dataset, a)))
            .ToList();

    public static IReadOnlyList<RiskAcceptanceDeclaration> AcceptancesWithRoslyn(Compilation compilation) =>
        compilation.Assembly.GetAttributes()
            .Where(a => SdkName(a) == AttributeNames.RiskAcceptance)
            .Select(a => DeclarationBinder.BindRiskAcceptance(Read(AttributeNames.RiskAcceptance, a)))
            .ToList();

    private static string? SdkName(AttributeData attribute)
    {
        var type = attribute.AttributeClass;
        if (type is null || type.ContainingType is not null || type.ContainingNamespace?.ToDisplayString() != AttributeNames.Namespace)
        {
            return null;
        }

        return AttributeNames.ModelLevel.Contains(type.MetadataName) || AttributeNames.AssemblyLevel.Contains(type.MetadataName) ? type.MetadataName : null;
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
    {
        foreach (var type in ns.GetTypeMembers())
        {
            foreach (var nested in WithNested(type))
            {
                yield return nested;
            }
        }

        foreach (var child in ns.GetNamespaceMembers())
        {
            foreach (var type in AllTypes(child))
            {
                yield return type;
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type)
    {
        yield return type;
        foreach (var nested in type.GetTypeMembers())
        {
            foreach (var inner in WithNested(nested))
            {
                yield return inner;
            }
        }
    }

    private static RawDeclaration Read(string name, AttributeData attribute) =>
        new(
            name,
            attribute.ConstructorArguments.Select(Convert).ToArray(),
            attribute.NamedArguments.Select(a => new KeyValuePair<string, object?>(a.Key, Convert(a.Value))).ToArray(),
            attribute);

    private static object? Convert(TypedConstant constant) => constant.Kind switch
    {
        TypedConstantKind.Array => constant.IsNull ? null : constant.Values.Select(Convert).ToArray(),
        TypedConstantKind.Primitive or TypedConstantKind.Enum => constant.Value,
        _ => null,
    };
}
