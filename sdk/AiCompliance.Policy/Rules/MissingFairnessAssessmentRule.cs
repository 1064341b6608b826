namespace AiCompliance.Policy.Rules;

/// <summary>AIC111: the policy expects <c>[FairnessAssessment]</c> from this model and it has none.</summary>
public sealed class MissingFairnessAssessmentRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC111", "MissingFairnessAssessment", baseline: false, introducedIn: "0.1.0");

    public MissingFairnessAssessmentRule()
        : base("fairness-evaluation")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
