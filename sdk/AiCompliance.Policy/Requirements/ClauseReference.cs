using AiCompliance.Policy.Frameworks;

namespace AiCompliance.Policy.Requirements;

/// <summary>A clause that calls for a declaration, and how directly it does.</summary>
public sealed class ClauseReference
{
    public ClauseReference(string frameworkId, string clauseId, Confidence mappingConfidence)
    {
        FrameworkId = frameworkId;
        ClauseId = clauseId;
        MappingConfidence = mappingConfidence;
    }

    public string FrameworkId { get; }

    public string ClauseId { get; }

    /// <summary>How directly the framework asks for the declaration through this clause.</summary>
    public Confidence MappingConfidence { get; }

    /// <summary>The clause, or <see langword="null"/> when the table is inconsistent (a test forbids that).</summary>
    public Clause? Resolve() => FrameworkCatalog.Find(FrameworkId)?.FindClause(ClauseId);

    /// <summary>Whether a reader should check this citation before relying on it.</summary>
    public bool ToVerify => MappingConfidence == Confidence.Low || (Resolve()?.Confidence ?? Confidence.Low) == Confidence.Low;

    public override string ToString() => FrameworkId + " " + ClauseId;
}
