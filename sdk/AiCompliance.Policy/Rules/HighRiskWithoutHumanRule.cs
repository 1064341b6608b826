using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC303: a high-risk model declares <c>HumanOutOfTheLoop</c> oversight.</summary>
public sealed class HighRiskWithoutHumanRule : Rule
{
    public const string Title = "High-risk model without a human in or over the loop";
    /// <summary>{0} model id, {1} its risk and sectors (why it is high risk), {2} the frameworks that ask for human oversight.</summary>
    public const string MessageFormat = "Model '{0}' ({1}) is high risk but HumanOutOfTheLoop: keep a human in or over the loop ({2})";
    public const string Description = "A high-risk model, or one used in a high-impact sector, keeps a person in the loop (approving decisions) or over the loop (monitoring and able to intervene); fully automated decisions are not acceptable there.";

    public static readonly RuleDescriptor Rule = new(
        "AIC303", "HighRiskWithoutHuman", Title, MessageFormat, RuleCategory.Consistency, Description,
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
            context.Model.DisplayId, context.Risk.Describe(), FindingCitation.InMessage(context.Settings, Oversight.References));
    }
}
