using System.Collections.Generic;
using AiCompliance.Policy.CodeEvidence;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// AIC404: a model's code puts a value classified as personal data into a prompt (any message, an agent's
/// instructions, a template, a tool's result) without passing it through a redactor, and the model declares no legal
/// basis for processing personal data.
/// </summary>
public sealed class PersonalDataInPromptRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "AIC404", "PersonalDataInPrompt", RuleCategory.CodeEvidence,
        RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Error, introducedIn: "0.1.0", needsSource: true);

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override bool ReadsPromptFlows => true;

    public override void CheckModel(ModelContext context)
    {
        if (context.PromptFlows is not { Count: > 0 } flows || context.Model.Identity is null ||
            DeclarationPresence.DeclaresPersonalDataLegalBasis(context.Model, context.Datasets))
        {
            return;
        }

        var reported = new HashSet<object>();
        foreach (var flow in flows)
        {
            if (flow.SourceKind == FlowSourceKind.PersonalData && flow.Origin is not null && reported.Add(flow.Origin))
            {
                context.ReportInCode(Descriptor, flow.Origin, null, context.Model.DisplayId, flow.Source, PromptRoles.Phrase(flow.Role), flow.Sink);
            }
        }
    }
}
