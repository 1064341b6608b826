namespace AiCompliance.Policy.Rules;

/// <summary>AIC104: the policy expects <c>[ImpactAssessment]</c> from this model and it has none.</summary>
public sealed class MissingImpactAssessmentRule : MissingDeclarationRule
{
    public const string Title = "Model declares no impact assessment";
    public const string Description = "High-risk models point to the risk or impact assessment done for them (AI impact assessment, DPIA, fundamental-rights impact assessment).";

    public static readonly RuleDescriptor Rule = Describe("AIC104", "MissingImpactAssessment", Title, Description, baseline: false, introducedIn: "0.1.0");

    public MissingImpactAssessmentRule()
        : base("risk-impact-assessment")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
