using System;
using System.Collections.Generic;
using AiCompliance.Policy.Acceptances;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// AIC307: an active risk acceptance covers no finding (the gap was closed, the model was renamed, or the rule does not
/// apply). Needs every model, so analyzers report it at compilation end.
/// </summary>
public sealed class UnusedRiskAcceptanceRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "AIC307", "UnusedRiskAcceptance", RuleCategory.Consistency,
        RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Error, reportsAtCompilationEnd: true, introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksAssembly => true;

    public override void CheckAssembly(AssemblyContext context)
    {
        var assembly = context.Assembly;
        var settings = context.Settings;
        foreach (var acceptance in assembly.RiskAcceptances)
        {
            if (RiskAcceptances.Assess(acceptance, settings, out _) != AcceptanceState.Active)
            {
                continue;
            }

            var ruleId = acceptance.RuleId!.Trim();
            var rule = RuleCatalog.Find(ruleId);
            var descriptor = RuleCatalog.FindDescriptor(ruleId)!;

            // Rules that need source (AIC001) cannot be re-run here; assume the acceptance is in use.
            if (rule is null)
            {
                continue;
            }

            if (descriptor.SeverityIn(settings.Mode) != RuleSeverity.None && HasFinding(rule, acceptance, assembly, settings))
            {
                continue;
            }

            var model = string.IsNullOrWhiteSpace(acceptance.Model) ? "" : " for model '" + acceptance.Model!.Trim() + "'";
            context.Report(Descriptor, null, acceptance, "RuleId", null, descriptor.Id, model);
        }
    }

    private static bool HasFinding(Rule rule, RiskAcceptanceDeclaration acceptance, AssemblyDeclarations assembly, PolicySettings settings)
    {
        var found = false;
        void Collect(Finding finding)
        {
            if (RiskAcceptances.Covers(acceptance, finding.Rule.Id, RiskAcceptances.SubjectModelId(finding.Model)))
            {
                found = true;
            }
        }

        if (rule.ChecksModels)
        {
            foreach (var model in assembly.Types)
            {
                if ((model.Identity is null && !rule.ChecksStrayTypes) ||
                    (!string.IsNullOrWhiteSpace(acceptance.Model) && !DeclarationIds.Same(RiskAcceptances.SubjectModelId(model), acceptance.Model)))
                {
                    continue;
                }

                rule.CheckModel(new ModelContext(model, assembly.Datasets, settings, Collect));
                if (found)
                {
                    return true;
                }
            }
        }

        if (rule.ChecksDatasets && string.IsNullOrWhiteSpace(acceptance.Model))
        {
            foreach (var dataset in assembly.Datasets)
            {
                rule.CheckDataset(new DatasetContext(dataset, assembly.Datasets, settings, Collect));
            }
        }

        if (rule.ChecksAssembly && !found)
        {
            rule.CheckAssembly(new AssemblyContext(assembly, settings, f => Collect(f)));
        }

        return found;
    }
}
