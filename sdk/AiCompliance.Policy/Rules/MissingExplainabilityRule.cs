namespace AiCompliance.Policy.Rules;

/// <summary>AIC114: the policy expects <c>[Explainability]</c> from this model and it has none.</summary>
public sealed class MissingExplainabilityRule : MissingDeclarationRule
{
    public const string Title = "Model declares no explainability";
    public const string Description = "High-risk models declare how their outputs are explained to the people affected by them.";

    public static readonly RuleDescriptor Rule = Describe("AIC114", "MissingExplainability", Title, Description, baseline: false, introducedIn: "0.1.0");

    public MissingExplainabilityRule()
        : base("explainability")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
