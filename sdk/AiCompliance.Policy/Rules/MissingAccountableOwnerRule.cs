namespace AiCompliance.Policy.Rules;

/// <summary>AIC106: a model declares no <c>[AccountableOwner]</c>.</summary>
public sealed class MissingAccountableOwnerRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC106", "MissingAccountableOwner", baseline: true, introducedIn: "0.1.0");

    public MissingAccountableOwnerRule()
        : base("accountable-owner")
    {
    }

    public override RuleDescriptor Descriptor => Rule;

}
