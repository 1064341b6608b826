namespace AiCompliance.Policy.Rules;

/// <summary>AIC112: the policy expects <c>[Evaluation]</c> from this model and it has none.</summary>
public sealed class MissingEvaluationRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC112", "MissingEvaluation", baseline: false, introducedIn: "0.1.0");

    public MissingEvaluationRule()
        : base("performance-evaluation")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
