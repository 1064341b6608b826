namespace AiCompliance.Policy.Rules;

/// <summary>AIC101: a model declares no <c>[RiskProfile]</c>.</summary>
public sealed class MissingRiskProfileRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC101", "MissingRiskProfile", baseline: true, introducedIn: "0.1.0");

    public MissingRiskProfileRule()
        : base("risk-classification")
    {
    }

    public override RuleDescriptor Descriptor => Rule;

}
