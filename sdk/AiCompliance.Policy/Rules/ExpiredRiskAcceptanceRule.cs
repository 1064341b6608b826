using System.Globalization;
using AiCompliance.Policy.Acceptances;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC306: a risk acceptance's last day has passed; the findings it covered are back and the build fails.</summary>
public sealed class ExpiredRiskAcceptanceRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "AIC306", "ExpiredRiskAcceptance", RuleCategory.Consistency,
        RuleSeverity.Error, RuleSeverity.Error, RuleSeverity.Error, introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksRiskAcceptances => true;

    public override void CheckRiskAcceptance(RiskAcceptanceContext context)
    {
        var acceptance = context.Acceptance;
        if (RiskAcceptances.Assess(acceptance, context.Settings, out _) != AcceptanceState.Expired)
        {
            return;
        }

        context.Report(
            Descriptor, "Until",
            acceptance.RuleId?.Trim(),
            string.IsNullOrWhiteSpace(acceptance.Model) ? "" : " for model '" + acceptance.Model!.Trim() + "'",
            RiskAcceptances.LastDay(acceptance)!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
