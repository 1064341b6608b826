namespace AiCompliance.Policy.Frameworks;

/// <summary>One clause of a framework: an article, a principle, a recommendation or a control.</summary>
public sealed class Clause
{
    public Clause(string id, string title, Confidence confidence = Confidence.High, string? note = null)
    {
        Id = id;
        Title = title;
        Confidence = confidence;
        Note = note;
    }

    /// <summary>The clause's id within its framework (for example <c>Art14</c>, <c>MAP-3.5</c>, <c>para12</c>).</summary>
    public string Id { get; }

    /// <summary>A short paraphrase written for this project; not the official wording.</summary>
    public string Title { get; }

    /// <summary>How sure the project is that the id and title are right.</summary>
    public Confidence Confidence { get; }

    /// <summary>Why the confidence is what it is, or anything a reader should know.</summary>
    public string? Note { get; }

    /// <summary>
    /// Why the clause asks nothing of a model, when it does not: a commitment between governments, a recommendation to
    /// states or regions, or the text's own dates. Such a clause is in the <see cref="ClauseTier.Context"/> tier: no
    /// declaration may cite it, a card never scores it, and every output lists it apart. Null for the clauses that ask
    /// something of a model or of those who build, provide or use it.
    /// </summary>
    public string? ContextReason { get; init; }

    /// <summary>Whether the clause asks something of a model (<see cref="ClauseTier.Requirement"/>) or only frames the text.</summary>
    public ClauseTier Tier => ContextReason is null ? ClauseTier.Requirement : ClauseTier.Context;

    /// <summary>
    /// Where this clause's id, title or note was checked, when more precise than the framework's official text (an
    /// article and point, a secondary summary); docs/frameworks.md shows it next to the clause.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>The framework this clause belongs to; set when the framework is built.</summary>
    public Framework Framework { get; internal set; } = null!;

    public override string ToString() => Framework is null ? Id : Framework.Id + " " + Id;
}
