namespace AiCompliance.Policy.Frameworks;

/// <summary>
/// Whether a clause can be asked of a model at all. A framework mixes what it asks of AI systems and their makers with
/// what its signatories commit to among themselves; a card that scored the second kind would claim more than the
/// model's declarations can show.
/// </summary>
public enum ClauseTier
{
    /// <summary>The clause asks something of a model or of those who build, provide or use it; declarations may cite it.</summary>
    Requirement = 0,

    /// <summary>The clause asks nothing of a model (see <see cref="Clause.ContextReason"/>): never cited, never scored, shown apart.</summary>
    Context = 1,
}
