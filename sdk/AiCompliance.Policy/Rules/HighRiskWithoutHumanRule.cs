using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC303: a high-risk model declares <c>HumanOutOfTheLoop</c> oversight.</summary>
public sealed class HighRiskWithoutHumanRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "AIC303", "HighRiskWithoutHuman", RuleCategory.Consistency,
        RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Error, introducedIn: "0.1.0");

    private static readonly DeclarationDefinition Oversight = DeclarationCatalog.Get("human-oversight");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override void CheckModel(ModelContext context)
    {
        var oversight = context.Model.HumanOversight;
        if (context.Model.Identity is null || oversight?.Mode != OversightMode.HumanOutOfTheLoop || !context.Risk.IsHighRisk)
        {
            return;
        }

        context.ReportWithProperties(
            Descriptor, oversight, "Mode", null, FindingCitation.Properties(context.Settings, Oversight.References, context.Risk),
            context.Model.DisplayId, context.Risk.Describe(), FindingCitation.Localized(context.Settings, Oversight.References));
    }
}
