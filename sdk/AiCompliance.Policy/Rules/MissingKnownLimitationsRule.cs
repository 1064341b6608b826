namespace AiCompliance.Policy.Rules;

/// <summary>AIC103: the policy expects <c>[KnownLimitation]</c> from this model and it has none.</summary>
public sealed class MissingKnownLimitationsRule : MissingDeclarationRule
{
    public const string Title = "Model declares no known limitations";
    public const string Description = "Models state at least one known limitation, so that deployers and affected people know where not to rely on them.";

    public static readonly RuleDescriptor Rule = Describe("AIC103", "MissingKnownLimitations", Title, Description, baseline: false, introducedIn: "0.1.0");

    public MissingKnownLimitationsRule()
        : base("known-limitations")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
