namespace AiCompliance.Policy.Rules;

/// <summary>AIC103: the policy expects <c>[KnownLimitation]</c> from this model and it has none.</summary>
public sealed class MissingKnownLimitationsRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC103", "MissingKnownLimitations", baseline: false, introducedIn: "0.1.0");

    public MissingKnownLimitationsRule()
        : base("known-limitations")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
