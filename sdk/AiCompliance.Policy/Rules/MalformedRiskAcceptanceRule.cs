using AiCompliance.Policy.Acceptances;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC308: a risk acceptance lacks an approver, a justification or a valid date, or runs too long.</summary>
public sealed class MalformedRiskAcceptanceRule : Rule
{
    public const string Title = "Risk acceptance is incomplete or too long";
    public const string MessageFormat = "The risk acceptance of {0}{1} {2}; it suppresses nothing until this is fixed";
    public const string Description = "An acceptance names the rule, a visible approver and justification (not a placeholder), a model only when it narrows the acceptance, and a last day no further from the real date than AiComplianceMaxAcceptanceDays (default 180); an incomplete one is ignored, so the findings stay visible.";

    public static readonly RuleDescriptor Rule = new(
        "AIC308", "MalformedRiskAcceptance", Title, MessageFormat, RuleCategory.Consistency, Description,
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
