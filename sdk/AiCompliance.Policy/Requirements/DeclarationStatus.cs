namespace AiCompliance.Policy.Requirements;

/// <summary>
/// What a model's declaration is worth, one definition for the model cards, <c>aicompliance check</c> and the diff. A
/// declaration is <see cref="Declared"/> only when the attributes that make it are present, hold their required content
/// (visible text that is not a placeholder, a number, an enum value other than <c>None</c>) and no rule finds them
/// invalid, contradictory or out of date. <see cref="DeclarationStatuses"/> computes it; the rule each state comes from
/// is in <see cref="DeclarationStatuses.StatusByRule"/>.
/// </summary>
/// <remarks>
/// The numeric order is the order of gravity: when several problems touch one declaration, the greatest value wins
/// (<see cref="DeclarationStatuses.Worse"/>). Values are stable; new states are added at the end of the gravity they take.
/// </remarks>
public enum DeclarationStatus
{
    /// <summary>Present, with visible and valid required content, consistent with the rest of the model and current.</summary>
    Declared = 0,

    /// <summary>Present and valid, but an assessment date is older than <c>aicompliance.assessment_max_age_days</c> (AIC304).</summary>
    OutOfDate = 1,

    /// <summary>Present, but a value fails validation: an accuracy of 7.5, a malformed date, a licence that is not SPDX (AIC2xx).</summary>
    Invalid = 2,

    /// <summary>
    /// Present, but the model's other declarations contradict it: <c>HumanOutOfTheLoop</c> on a high-risk model (AIC303),
    /// a high-impact sector declared below high risk without a rationale (AIC302).
    /// </summary>
    Contradicted = 3,

    /// <summary>
    /// Present, but required content is empty, invisible or a placeholder (<c>"TODO: owner"</c>, <c>double.NaN</c>,
    /// <c>SecurityTest.None</c>), some text is a placeholder (AIC208), or it names a dataset no <c>[assembly: Dataset]</c>
    /// declares (AIC003).
    /// </summary>
    Incomplete = 4,

    /// <summary>Absent: no attribute makes it (the AIC1xx rules report it when the policy expects it).</summary>
    Missing = 5,
}
