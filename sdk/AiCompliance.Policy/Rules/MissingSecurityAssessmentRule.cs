namespace AiCompliance.Policy.Rules;

/// <summary>AIC113: the policy expects <c>[SecurityAssessment]</c> from this model and it has none.</summary>
public sealed class MissingSecurityAssessmentRule : MissingDeclarationRule
{
    public const string Title = "Model declares no security assessment";
    public const string Description = "Models above minimal risk declare the security testing they went through (red teaming, prompt injection, adversarial robustness, ...).";

    public static readonly RuleDescriptor Rule = Describe("AIC113", "MissingSecurityAssessment", Title, Description, baseline: false, introducedIn: "0.1.0");

    public MissingSecurityAssessmentRule()
        : base("security-testing")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
