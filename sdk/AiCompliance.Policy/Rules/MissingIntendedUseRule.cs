namespace AiCompliance.Policy.Rules;

/// <summary>AIC102: a model declares no <c>[IntendedUse]</c>.</summary>
public sealed class MissingIntendedUseRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC102", "MissingIntendedUse", baseline: true, introducedIn: "0.1.0");

    public MissingIntendedUseRule()
        : base("intended-purpose")
    {
    }

    public override RuleDescriptor Descriptor => Rule;

}
