using AiCompliance.Policy.CodeEvidence;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// AIC402: a model that declares a human in the loop (or is high risk and declares that a person can override) exposes
/// a tool created with <c>AIFunctionFactory.Create</c> that is not wrapped in <c>ApprovalRequiredAIFunction</c>, so the
/// model can run it without anyone approving.
/// </summary>
public sealed class ToolWithoutApprovalRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "AIC402", "ToolWithoutApproval", RuleCategory.CodeEvidence,
        RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Error, introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override bool ReadsCode => true;

    /// <summary>The message's oversight part, or <see langword="null"/> when the model declares none that asks for approval.</summary>
    public static string? OversightText(ModelContext context)
    {
        var oversight = context.Model.HumanOversight;
        if (oversight?.Mode == OversightMode.HumanInTheLoop)
        {
            return "HumanInTheLoop";
        }

        return context.Risk.IsHighRisk && oversight?.CanOverride == true ? "high risk with CanOverride" : null;
    }

    public override void CheckModel(ModelContext context)
    {
        if (context.Code is not { } code || context.Model.Identity is null || OversightText(context) is not { } oversight)
        {
            return;
        }

        foreach (var tool in code.Tools)
        {
            if (tool.Source == ToolSource.AIFunctionFactory && tool.Approval == ToolApproval.NotRequired)
            {
                context.ReportInCode(Descriptor, tool.Origin, null, context.Model.DisplayId, oversight, tool.Name);
            }
        }
    }
}
