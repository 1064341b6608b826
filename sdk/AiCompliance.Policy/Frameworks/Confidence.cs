namespace AiCompliance.Policy.Frameworks;

/// <summary>How sure the project is of a fact in the table. Anything below <see cref="High"/> is shown as "to verify".</summary>
public enum Confidence
{
    High = 0,
    Medium = 1,
    Low = 2,
}
