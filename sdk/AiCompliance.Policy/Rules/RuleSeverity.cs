namespace AiCompliance.Policy.Rules;

/// <summary>A rule's severity in one mode. <see cref="None"/> turns the rule off.</summary>
public enum RuleSeverity
{
    None = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
