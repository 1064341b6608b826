namespace AiCompliance.Policy.Rules;

/// <summary>AIC105: the policy expects <c>[HumanOversight]</c> from this model and it has none.</summary>
public sealed class MissingHumanOversightRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC105", "MissingHumanOversight", baseline: false, introducedIn: "0.1.0");

    public MissingHumanOversightRule()
        : base("human-oversight")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
