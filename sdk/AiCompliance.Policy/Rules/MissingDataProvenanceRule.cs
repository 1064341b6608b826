namespace AiCompliance.Policy.Rules;

/// <summary>AIC107: the policy expects <c>[TrainedOn]</c> from this model and it has none.</summary>
public sealed class MissingDataProvenanceRule : MissingDeclarationRule
{
    public const string Title = "Model declares no data provenance";
    public const string Description = "Models name the datasets they were trained on ([TrainedOn]) or the base model they build on (AiModel.BaseModel).";

    public static readonly RuleDescriptor Rule = Describe("AIC107", "MissingDataProvenance", Title, Description, baseline: false, introducedIn: "0.1.0");

    public MissingDataProvenanceRule()
        : base("data-provenance")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
