using System.Collections.Generic;

namespace AiCompliance.Policy.Declarations;

/// <summary>One string a declaration holds: the property it is in, its index when the property is an array, and the text.</summary>
public readonly struct DeclaredText
{
    public DeclaredText(string property, int? element, string? value)
    {
        Property = property;
        Element = element;
        Value = value;
    }

    public string Property { get; }

    public int? Element { get; }

    public string? Value { get; }
}

/// <summary>
/// The user-written strings of declarations, read through <see cref="DeclarationKinds"/>: every text property, for
/// checks that apply to all text (AIC208), and the text properties with a role (dates, contacts) for the checks of that
/// role.
/// </summary>
public static class DeclarationText
{
    /// <summary>Every string the declaration holds, in the registry's property order; array elements one by one.</summary>
    public static IEnumerable<DeclaredText> Strings(Declaration declaration)
    {
        if (DeclarationKinds.Find(declaration.AttributeName) is not { } kind)
        {
            yield break;
        }

        foreach (var property in kind.Properties)
        {
            if (property.Shape == PropertyShape.Text)
            {
                yield return new DeclaredText(property.Name, null, property.Text(declaration));
            }
            else if (property.Shape == PropertyShape.TextList)
            {
                var values = property.TextList(declaration);
                for (var i = 0; i < values.Count; i++)
                {
                    yield return new DeclaredText(property.Name, i, values[i]);
                }
            }
        }
    }

    /// <summary>The model's declarations with a text property of <paramref name="role"/>, in <see cref="ModelDeclarations.All"/> order.</summary>
    public static IEnumerable<(Declaration Declaration, DeclarationProperty Property)> WithRole(ModelDeclarations model, PropertyRole role)
    {
        foreach (var declaration in model.All())
        {
            if (DeclarationKinds.Find(declaration.AttributeName) is not { } kind)
            {
                continue;
            }

            foreach (var property in kind.Properties)
            {
                if (property.Role == role)
                {
                    yield return (declaration, property);
                }
            }
        }
    }

    /// <summary>Whether the declaration's attribute wrote the property (a constructor argument or a named one).</summary>
    public static bool IsWritten(Declaration declaration, string property)
    {
        foreach (var written in declaration.WrittenProperties)
        {
            if (written == property)
            {
                return true;
            }
        }

        return false;
    }
}
