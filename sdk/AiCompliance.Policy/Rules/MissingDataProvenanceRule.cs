namespace AiCompliance.Policy.Rules;

/// <summary>AIC107: the policy expects <c>[TrainedOn]</c> from this model and it has none.</summary>
public sealed class MissingDataProvenanceRule : MissingDeclarationRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC107", "MissingDataProvenance", baseline: false, introducedIn: "0.1.0");

    public MissingDataProvenanceRule()
        : base("data-provenance")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
