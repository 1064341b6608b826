namespace AiCompliance.Policy.Rules;

/// <summary>AIC105: the policy expects <c>[HumanOversight]</c> from this model and it has none.</summary>
public sealed class MissingHumanOversightRule : MissingDeclarationRule
{
    public const string Title = "Model declares no human oversight";
    public const string Description = "Models above minimal risk state how people oversee their decisions: in the loop, over the loop, or out of the loop.";

    public static readonly RuleDescriptor Rule = Describe("AIC105", "MissingHumanOversight", Title, Description, baseline: false, introducedIn: "0.1.0");

    public MissingHumanOversightRule()
        : base("human-oversight")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
