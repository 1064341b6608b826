using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC302: a model used in a high-impact sector is declared below <c>High</c> without a rationale.</summary>
public sealed class HighImpactSectorBelowHighRule : Rule
{
    public const string Title = "High-impact sector declared below high risk without a rationale";
    /// <summary>{0} model id, {1} its level, {2} the sector, {3} the frameworks that name the sector high impact (or nothing).</summary>
    public const string MessageFormat = "Model '{0}' is declared {1} risk but is used in {2}, a high-impact sector{3}: set RiskProfile.Rationale or declare it High";
    public const string Description = "Healthcare, education, finance, public administration and the EU AI Act's Annex III areas are high impact; a lower level there may be right (a spell checker in a hospital), but the reason must be on record.";

    public static readonly RuleDescriptor Rule = new(
        "AIC302", "HighImpactSectorBelowHigh", Title, MessageFormat, RuleCategory.Consistency, Description,
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
                properties[FindingCitation.FrameworksProperty]!.Length == 0 ? "" : " (" + FindingCitation.InMessage(context.Settings, references) + ")");
            return;
        }
    }
}
