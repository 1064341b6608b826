namespace AiCompliance.Policy.Rules;

/// <summary>AIC106: a model declares no <c>[AccountableOwner]</c>.</summary>
public sealed class MissingAccountableOwnerRule : MissingDeclarationRule
{
    public const string Title = "Model declares no accountable owner";
    public const string Description = "Every model names the team or person accountable for it and how to reach them.";

    public static readonly RuleDescriptor Rule = Describe("AIC106", "MissingAccountableOwner", Title, Description, baseline: true, introducedIn: "0.1.0");

    public MissingAccountableOwnerRule()
        : base("accountable-owner")
    {
    }

    public override RuleDescriptor Descriptor => Rule;

}
