namespace AiCompliance.Policy.Rules;

/// <summary>AIC120: the policy expects <c>[ComputeFootprint]</c> from this model and it has none.</summary>
public sealed class MissingComputeFootprintRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC120", "MissingComputeFootprint", baseline: false, recommended: RuleSeverity.Info, strict: RuleSeverity.Warning, introducedIn: "0.1.0");

    public MissingComputeFootprintRule()
        : base("compute-energy")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
