using System.Collections.Generic;
using AiCompliance.Policy.CodeEvidence;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// AIC405 (CWE-1427): a value from an HTTP request reaches a system message, an agent's instructions or a prompt
/// template, where the model treats it as its operator's instructions (prompt injection). A user message is where
/// user input belongs, so a flow into one is not reported. It applies to every type, declared as a model or not.
/// </summary>
public sealed class UntrustedInputInInstructionsRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "AIC405", "UntrustedInputInInstructions", RuleCategory.CodeEvidence,
        RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Error, introducedIn: "0.1.0", needsSource: true);

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksPromptFlows => true;

    public override void CheckPromptFlows(PromptFlowContext context)
    {
        // A sink argument fed by several request values is one finding: the first source names it.
        var reported = new HashSet<object>();
        foreach (var flow in context.Flows)
        {
            if (flow.SourceKind != FlowSourceKind.RequestInput || !IsInstruction(flow.Role) || flow.Origin is null || !reported.Add(flow.Origin))
            {
                continue;
            }

            context.ReportInCode(Descriptor, flow.Origin, flow.Source, PromptRoles.Phrase(flow.Role), flow.Sink);
        }
    }

    /// <summary>Whether the model reads a value in this role as instructions rather than as data.</summary>
    public static bool IsInstruction(PromptSinkRole role) =>
        role is PromptSinkRole.System or PromptSinkRole.Instructions or PromptSinkRole.Template;
}
