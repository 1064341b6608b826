namespace AiCompliance.Policy.Rules;

/// <summary>AIC115: the policy expects <c>[AiDisclosure]</c> from this model and it has none.</summary>
public sealed class MissingAiDisclosureRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC115", "MissingAiDisclosure", baseline: false, introducedIn: "0.1.0");

    public MissingAiDisclosureRule()
        : base("ai-interaction-disclosure")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
