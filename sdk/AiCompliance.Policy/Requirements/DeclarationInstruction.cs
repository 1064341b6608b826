using System;
using System.Collections.Generic;

namespace AiCompliance.Policy.Requirements;

/// <summary>
/// What to write to make a declaration, as a message says it: "add [HumanOversight(…)]", "set Dataset.LegalBasis",
/// "add [TrainedOn(…)] or set AiModel.BaseModel". Read from the catalogue's <see cref="DeclarationDefinition.HowToDeclare"/>,
/// whose attributes and properties a test resolves against the declaration registry.
/// </summary>
public static class DeclarationInstruction
{
    private static readonly string[] Joiners = { " or ", " and " };

    /// <summary>The English instruction for <paramref name="declaration"/>.</summary>
    public static string For(DeclarationDefinition declaration) => For(declaration.HowToDeclare);

    /// <summary>The English instruction for a <see cref="DeclarationDefinition.HowToDeclare"/> text.</summary>
    public static string For(string howToDeclare) => Localized(howToDeclare).ToString();

    /// <summary>The instruction for <paramref name="declaration"/> in the language of the message it is placed in.</summary>
    public static LocalizedText Localized(DeclarationDefinition declaration) => Localized(declaration.HowToDeclare);

    /// <summary>
    /// The instruction for a <see cref="DeclarationDefinition.HowToDeclare"/> text: attributes (<c>[Name]</c>) are
    /// added with their arguments left to fill in, properties (<c>Attribute.Property</c>) are set. Runs of targets with
    /// the same verb share it ("add [A(…)] and [B(…)]"), so each language places the verb where its grammar wants it;
    /// the targets themselves are code and stay as written.
    /// </summary>
    public static LocalizedText Localized(string howToDeclare)
    {
        LocalizedText? instruction = null;
        string? joinerBeforeRun = null;
        string? verb = null;
        object? run = null;
        var rest = howToDeclare;
        var joinerBefore = "";
        while (rest.Length > 0)
        {
            var (token, joiner, remainder) = NextToken(rest);
            var isAttribute = token.StartsWith("[", StringComparison.Ordinal) && token.EndsWith("]", StringComparison.Ordinal);
            var tokenVerb = isAttribute ? "Instruction_Add" : "Instruction_Set";
            var target = isAttribute ? token.Substring(0, token.Length - 1) + "(…)]" : token;
            if (tokenVerb == verb)
            {
                run = LocalizedText.Of(ListKey(joinerBefore), run, target);
            }
            else
            {
                instruction = Join(instruction, joinerBeforeRun, verb, run);
                joinerBeforeRun = joinerBefore;
                verb = tokenVerb;
                run = target;
            }

            joinerBefore = joiner;
            rest = remainder;
        }

        return Join(instruction, joinerBeforeRun, verb, run) ?? LocalizedText.Literal("");
    }

    private static LocalizedText? Join(LocalizedText? instruction, string? joiner, string? verb, object? run)
    {
        if (verb is null)
        {
            return instruction;
        }

        var step = LocalizedText.Of(verb, run);
        return instruction is null ? step : LocalizedText.Of(ListKey(joiner!), instruction, step);
    }

    private static string ListKey(string joiner) => joiner == " or " ? "List_Or" : "List_And";

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
