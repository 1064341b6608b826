namespace AiCompliance.Policy.Rules;

/// <summary>AIC120: the policy expects <c>[ComputeFootprint]</c> from this model and it has none.</summary>
public sealed class MissingComputeFootprintRule : MissingDeclarationRule
{
    public const string Title = "Model declares no compute footprint";
    public const string Description = "Generative models are asked to report the energy and emissions of training; a suggestion by default, since figures for vendor models are often unavailable.";

    public static readonly RuleDescriptor Rule = Describe("AIC120", "MissingComputeFootprint", Title, Description, baseline: false, recommended: RuleSeverity.Info, strict: RuleSeverity.Warning, introducedIn: "0.1.0");

    public MissingComputeFootprintRule()
        : base("compute-energy")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
