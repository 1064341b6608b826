namespace AiCompliance.Policy.Rules;

/// <summary>AIC113: the policy expects <c>[SecurityAssessment]</c> from this model and it has none.</summary>
public sealed class MissingSecurityAssessmentRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC113", "MissingSecurityAssessment", baseline: false, introducedIn: "0.1.0");

    public MissingSecurityAssessmentRule()
        : base("security-testing")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
