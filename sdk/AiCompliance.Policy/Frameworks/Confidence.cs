namespace AiCompliance.Policy.Frameworks;

/// <summary>
/// How sure the project is of a fact in the table: a clause's id and title, or how directly a framework asks for a
/// declaration. A citation is shown as "to verify" when either is <see cref="Low"/> (see ClauseReference.ToVerify).
/// </summary>
public enum Confidence
{
    /// <summary>Checked against the text or several independent sources.</summary>
    High = 0,

    /// <summary>Probably right, or the id is the project's own numbering of something the text does not number.</summary>
    Medium = 1,

    /// <summary>From secondary sources only, or only a thematic link: check before relying on it.</summary>
    Low = 2,
}
