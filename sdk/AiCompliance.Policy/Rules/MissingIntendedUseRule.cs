namespace AiCompliance.Policy.Rules;

/// <summary>AIC102: a model declares no <c>[IntendedUse]</c>.</summary>
public sealed class MissingIntendedUseRule : MissingDeclarationRule
{
    public const string Title = "Model declares no intended use";
    public const string Description = "Every model states what it is for, who uses it and what it must not be used for.";

    public static readonly RuleDescriptor Rule = Describe("AIC102", "MissingIntendedUse", Title, Description, baseline: true, introducedIn: "0.1.0");

    public MissingIntendedUseRule()
        : base("intended-purpose")
    {
    }

    public override RuleDescriptor Descriptor => Rule;

}
