namespace AiCompliance.Policy.Rules;

/// <summary>AIC112: the policy expects <c>[Evaluation]</c> from this model and it has none.</summary>
public sealed class MissingEvaluationRule : MissingDeclarationRule
{
    public const string Title = "Model declares no performance evaluation";
    public const string Description = "Models declare at least one measured result, so that claims about their quality can be checked.";

    public static readonly RuleDescriptor Rule = Describe("AIC112", "MissingEvaluation", Title, Description, baseline: false, introducedIn: "0.1.0");

    public MissingEvaluationRule()
        : base("performance-evaluation")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
