using System.Collections.Generic;

namespace AiCompliance.Policy.Requirements;

/// <summary>One of the 21 declarations the policy knows: what it is, when it is expected, and who asks for it.</summary>
public sealed class DeclarationDefinition
{
    public DeclarationDefinition(
        string id,
        string title,
        string phrase,
        string description,
        string? ruleId,
        RequirementLevel requiredWhen,
        bool baseline,
        string howToDeclare,
        IReadOnlyList<ClauseReference> references)
    {
        Id = id;
        Title = title;
        Phrase = phrase;
        Description = description;
        RuleId = ruleId;
        RequiredWhen = requiredWhen;
        Baseline = baseline;
        HowToDeclare = howToDeclare;
        References = references;
    }

    /// <summary>The stable id (for example <c>human-oversight</c>).</summary>
    public string Id { get; }

    /// <summary>A short title (for example "Human oversight").</summary>
    public string Title { get; }

    /// <summary>The noun phrase used in messages after "declares no" (for example "human oversight").</summary>
    public string Phrase { get; }

    /// <summary><see cref="Phrase"/> in the language of the message it is placed in (MessageTexts.resx, <c>Phrase_&lt;id&gt;</c>).</summary>
    public LocalizedText LocalizedPhrase => LocalizedText.Of(PhraseKey);

    /// <summary>The MessageTexts key of <see cref="Phrase"/>.</summary>
    public string PhraseKey => "Phrase_" + Id.Replace('-', '_');

    public string Description { get; }

    /// <summary>The rule that reports the declaration missing, or <see langword="null"/> for the model identity itself.</summary>
    public string? RuleId { get; }

    /// <summary>Which models the recommended policy expects it from.</summary>
    public RequirementLevel RequiredWhen { get; }

    /// <summary>Whether the minimal policy expects it too (from every model, whatever the frameworks).</summary>
    public bool Baseline { get; }

    /// <summary>The attribute or property that makes the declaration (for example <c>[HumanOversight]</c>).</summary>
    public string HowToDeclare { get; }

    /// <summary>The clauses that call for it, across all frameworks, in the order the table lists them.</summary>
    public IReadOnlyList<ClauseReference> References { get; }

    /// <summary>
    /// Where binding law requires the declaration (or something close to it), in the project's words; empty when only
    /// voluntary frameworks ask for it. Only these justify calling a declaration "required" in docs and model cards.
    /// </summary>
    public IReadOnlyList<string> BindingBasis { get; init; } = System.Array.Empty<string>();

    public override string ToString() => Id;
}
