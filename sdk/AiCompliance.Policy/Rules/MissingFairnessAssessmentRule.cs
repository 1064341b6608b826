namespace AiCompliance.Policy.Rules;

/// <summary>AIC111: the policy expects <c>[FairnessAssessment]</c> from this model and it has none.</summary>
public sealed class MissingFairnessAssessmentRule : MissingDeclarationRule
{
    public const string Title = "Model declares no fairness assessment";
    public const string Description = "Models above minimal risk declare how they were assessed for bias across groups of a protected attribute.";

    public static readonly RuleDescriptor Rule = Describe("AIC111", "MissingFairnessAssessment", Title, Description, baseline: false, introducedIn: "0.1.0");

    public MissingFairnessAssessmentRule()
        : base("fairness-evaluation")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
