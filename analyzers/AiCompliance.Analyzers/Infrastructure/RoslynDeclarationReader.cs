using System.Collections.Generic;
using AiCompliance.Policy.Declarations;
using Microsoft.CodeAnalysis;

namespace AiCompliance.Analyzers.Infrastructure;

/// <summary>Turns Roslyn's view of an attribute into the policy's front-end-neutral form.</summary>
internal static class RoslynDeclarationReader
{
    public static RawDeclaration Read(string attributeName, AttributeData attribute)
    {
        var positional = new object?[attribute.ConstructorArguments.Length];
        for (var i = 0; i < positional.Length; i++)
        {
            positional[i] = Convert(attribute.ConstructorArguments[i]);
        }

        var named = new KeyValuePair<string, object?>[attribute.NamedArguments.Length];
        for (var i = 0; i < named.Length; i++)
        {
            var argument = attribute.NamedArguments[i];
            named[i] = new KeyValuePair<string, object?>(argument.Key, Convert(argument.Value));
        }

        return new RawDeclaration(attributeName, positional, named, attribute);
    }

    private static object? Convert(TypedConstant constant)
    {
        switch (constant.Kind)
        {
            case TypedConstantKind.Array:
                if (constant.IsNull)
                {
                    return null;
                }

                var values = constant.Values;
                var items = new object?[values.Length];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Convert(values[i]);
                }

                return items;
            case TypedConstantKind.Primitive:
            case TypedConstantKind.Enum:
                return constant.Value;
            default:
                return null;
        }
    }
}
