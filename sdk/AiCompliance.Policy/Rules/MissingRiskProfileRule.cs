namespace AiCompliance.Policy.Rules;

/// <summary>AIC101: a model declares no <c>[RiskProfile]</c>.</summary>
public sealed class MissingRiskProfileRule : MissingDeclarationRule
{
    public const string Title = "Model declares no risk profile";
    public const string Description = "Every model states its risk level and the sectors it is used in; the rest of the policy depends on it.";

    public static readonly RuleDescriptor Rule = Describe("AIC101", "MissingRiskProfile", Title, Description, baseline: true, introducedIn: "0.1.0");

    public MissingRiskProfileRule()
        : base("risk-classification")
    {
    }

    public override RuleDescriptor Descriptor => Rule;

}
