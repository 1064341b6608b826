using System;
using System.Collections.Generic;
using System.Text;

namespace AiCompliance.Policy.Requirements;

/// <summary>
/// What to write to make a declaration, as a message says it: "add [HumanOversight(…)]", "set Dataset.LegalBasis",
/// "add [TrainedOn(…)] or set AiModel.BaseModel". Read from the catalogue's <see cref="DeclarationDefinition.HowToDeclare"/>,
/// whose attributes and properties a test resolves against the declaration registry.
/// </summary>
public static class DeclarationInstruction
{
    private static readonly string[] Joiners = { " or ", " and " };

    /// <summary>The instruction for <paramref name="declaration"/>.</summary>
    public static string For(DeclarationDefinition declaration) => For(declaration.HowToDeclare);

    /// <summary>
    /// The instruction for a <see cref="DeclarationDefinition.HowToDeclare"/> text: attributes (<c>[Name]</c>) are
    /// added with their arguments left to fill in, properties (<c>Attribute.Property</c>) are set; the verb is repeated
    /// only where it changes.
    /// </summary>
    public static string For(string howToDeclare)
    {
        var text = new StringBuilder();
        string? previousVerb = null;
        var rest = howToDeclare;
        while (rest.Length > 0)
        {
            var (token, joiner, remainder) = NextToken(rest);
            var isAttribute = token.StartsWith("[", StringComparison.Ordinal) && token.EndsWith("]", StringComparison.Ordinal);
            var verb = isAttribute ? "add" : "set";
            if (verb != previousVerb)
            {
                text.Append(verb).Append(' ');
                previousVerb = verb;
            }

            text.Append(isAttribute ? token.Substring(0, token.Length - 1) + "(…)]" : token).Append(joiner);
            rest = remainder;
        }

        return text.ToString();
    }

    /// <summary>The attributes (<c>HumanOversight</c>) and properties (<c>AiModel.License</c>) <paramref name="howToDeclare"/> names.</summary>
    public static IReadOnlyList<string> Targets(string howToDeclare)
    {
        var targets = new List<string>();
        var rest = howToDeclare;
        while (rest.Length > 0)
        {
            var (token, _, remainder) = NextToken(rest);
            targets.Add(token.Trim('[', ']'));
            rest = remainder;
        }

        return targets;
    }

    private static (string Token, string Joiner, string Remainder) NextToken(string text)
    {
        var at = -1;
        var joiner = "";
        foreach (var candidate in Joiners)
        {
            var index = text.IndexOf(candidate, StringComparison.Ordinal);
            if (index >= 0 && (at < 0 || index < at))
            {
                at = index;
                joiner = candidate;
            }
        }

        return at < 0 ? (text, "", "") : (text.Substring(0, at), joiner, text.Substring(at + joiner.Length));
    }
}
