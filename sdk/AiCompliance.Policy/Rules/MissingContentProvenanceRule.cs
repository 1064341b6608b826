namespace AiCompliance.Policy.Rules;

/// <summary>AIC116: the policy expects <c>[ContentProvenance]</c> from this model and it has none.</summary>
public sealed class MissingContentProvenanceRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC116", "MissingContentProvenance", baseline: false, introducedIn: "0.1.0");

    public MissingContentProvenanceRule()
        : base("content-provenance")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
