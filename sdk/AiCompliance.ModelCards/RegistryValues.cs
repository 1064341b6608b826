using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards;

/// <summary>
/// The values of a registry property as text, for the writers' generic path (declarations with no bespoke layout).
/// </summary>
internal static class RegistryValues
{
    private static readonly string[] FlagSeparator = { ", " };

    /// <summary>Whether the property holds several values (a list, or a [Flags] enum), each written or compared on its own.</summary>
    public static bool IsMultiValued(DeclarationProperty property) =>
        property.Shape is PropertyShape.TextList or PropertyShape.NumberList or PropertyShape.EnumList
        || (property.Shape == PropertyShape.Enum && property.EnumType?.IsDefined(typeof(FlagsAttribute), inherit: false) == true);

    /// <summary>
    /// The property's values, one string per value: a text as declared, a number in its round-trip form (NaN, the
    /// SDK's "not set", left out), <c>true</c>/<c>false</c>, an enum by name (a [Flags] value one name per flag).
    /// Not set is no value.
    /// </summary>
    public static IReadOnlyList<string?> Texts(DeclarationProperty property, Declaration declaration)
    {
        switch (property.Shape)
        {
            case PropertyShape.Text:
                return property.Text(declaration) is { } text ? new[] { text } : Array.Empty<string?>();
            case PropertyShape.TextList:
                return property.TextList(declaration);
        }

        var value = property.Value(declaration);
        return value switch
        {
            null => Array.Empty<string?>(),
            double number => Numbers.Finite(number) is { } finite ? new string?[] { Numbers.Format(finite) } : Array.Empty<string?>(),
            int whole => new string?[] { Numbers.Format(whole) },
            bool flag => new string?[] { flag ? "true" : "false" },
            Enum single when IsMultiValued(property) => EnumText.Name(single) == "None" ? Array.Empty<string?>() : EnumText.Name(single).Split(FlagSeparator, StringSplitOptions.RemoveEmptyEntries),
            Enum single => new string?[] { EnumText.Name(single) },
            IEnumerable<double> numbers => numbers.Where(n => Numbers.Finite(n) is not null).Select(n => (string?)Numbers.Format(n)).ToList(),
            IEnumerable list => list.OfType<Enum>().Select(e => (string?)EnumText.Name(e)).ToList(),
            _ => throw new InvalidOperationException("No text for the " + property.Shape + " property " + property.Name + "."),
        };
    }

}
