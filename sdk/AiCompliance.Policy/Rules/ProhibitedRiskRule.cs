namespace AiCompliance.Policy.Rules;

/// <summary>AIC305: a model is declared <c>RiskLevel.Prohibited</c>.</summary>
public sealed class ProhibitedRiskRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "AIC305", "ProhibitedRisk", RuleCategory.Consistency,
        RuleSeverity.Error, RuleSeverity.Error, RuleSeverity.Error, introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override void CheckModel(ModelContext context)
    {
        var profile = context.Model.RiskProfile;
        if (context.Model.Identity is not null && profile?.Level == RiskLevel.Prohibited)
        {
            context.Report(Descriptor, profile, "Level", null, context.Model.DisplayId);
        }
    }
}
