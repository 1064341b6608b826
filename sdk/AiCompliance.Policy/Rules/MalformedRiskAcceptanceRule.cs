using AiCompliance.Policy.Acceptances;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC308: a risk acceptance lacks an approver, a justification or a valid date, or runs too long.</summary>
public sealed class MalformedRiskAcceptanceRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "AIC308", "MalformedRiskAcceptance", RuleCategory.Consistency,
        RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Error, introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksRiskAcceptances => true;

    public override void CheckRiskAcceptance(RiskAcceptanceContext context)
    {
        var acceptance = context.Acceptance;
        if (RiskAcceptances.Assess(acceptance, context.Settings, out var problems) != AcceptanceState.Malformed)
        {
            return;
        }

        var rule = string.IsNullOrWhiteSpace(acceptance.RuleId) ? "(no rule)" : acceptance.RuleId!.Trim();
        var model = VisibleText.HasVisibleContent(acceptance.Model) ? " for model '" + acceptance.Model!.Trim() + "'" : "";
        foreach (var problem in problems)
        {
            context.Report(Descriptor, problem.Property, rule, model, problem.Description);
        }
    }
}
