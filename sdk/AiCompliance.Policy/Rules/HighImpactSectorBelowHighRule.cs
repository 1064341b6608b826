using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC302: a model used in a high-impact sector is declared below <c>High</c> without a rationale.</summary>
public sealed class HighImpactSectorBelowHighRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "AIC302", "HighImpactSectorBelowHigh", RuleCategory.Consistency,
        RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Error, introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override void CheckModel(ModelContext context)
    {
        var profile = context.Model.RiskProfile;
        if (context.Model.Identity is null || profile?.Level is not (RiskLevel.Minimal or RiskLevel.Limited) || !string.IsNullOrWhiteSpace(profile.Rationale))
        {
            return;
        }

        foreach (var sector in profile.Sectors)
        {
            if (!RiskContext.IsHighImpact(sector))
            {
                continue;
            }

            var references = HighImpactSectorCatalog.For(sector);
            var properties = FindingCitation.Properties(context.Settings, references);
            context.ReportWithProperties(
                Descriptor, profile, "Level", null, properties,
                context.Model.DisplayId, EnumText.Name(profile.Level.Value), EnumText.Name(sector),
                properties[FindingCitation.FrameworksProperty]!.Length == 0 ? (object)"" : LocalizedText.Literal(" ({0})", FindingCitation.Localized(context.Settings, references)));
            return;
        }
    }
}
