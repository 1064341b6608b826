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

    /// <summary>The framework this clause belongs to; set when the framework is built.</summary>
    public Framework Framework { get; internal set; } = null!;

    public override string ToString() => Framework is null ? Id : Framework.Id + " " + Id;
}
