namespace AiCompliance.Policy.Rules;

/// <summary>AIC104: the policy expects <c>[ImpactAssessment]</c> from this model and it has none.</summary>
public sealed class MissingImpactAssessmentRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC104", "MissingImpactAssessment", baseline: false, introducedIn: "0.1.0");

    public MissingImpactAssessmentRule()
        : base("risk-impact-assessment")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
