namespace AiCompliance.Policy.Rules;

/// <summary>AIC114: the policy expects <c>[Explainability]</c> from this model and it has none.</summary>
public sealed class MissingExplainabilityRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC114", "MissingExplainability", baseline: false, introducedIn: "0.1.0");

    public MissingExplainabilityRule()
        : base("explainability")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
