using System;
using System.Collections.Generic;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// AIC110: a high-risk model declares no data residency, or a dataset it uses comes from a region where the model does
/// not keep its data and no <c>[DataTransfer]</c> covers that pair (Data Free Flow with Trust).
/// </summary>
public sealed class UncoveredCrossBorderTransferRule : Rule
{

    /// <summary>Diagnostic properties for the fix: the uncovered pair, or nothing when the residency itself is missing.</summary>
    public const string FromProperty = "From";
    public const string ToProperty = "To";

    public static readonly RuleDescriptor Rule = new(
        "AIC110", "UncoveredCrossBorderTransfer", RuleCategory.Declarations,
        RuleSeverity.None, RuleSeverity.Warning, RuleSeverity.Error, introducedIn: "0.1.0");

    private static readonly DeclarationDefinition Declaration = DeclarationCatalog.Get("data-residency");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override void CheckModel(ModelContext context)
    {
        var model = context.Model;
        var settings = context.Settings;
        if (model.Identity is null || settings.Mode is not (ComplianceMode.Recommended or ComplianceMode.Strict) || settings.SelectedReferences(Declaration).Count == 0)
        {
            return;
        }

        var citation = FindingCitation.Localized(settings, Declaration.References);
        if (model.DataResidency is not { } residency)
        {
            if (settings.Requires(Declaration, context.Risk))
            {
                context.ReportWithProperties(Descriptor, null, null, null, Properties(context), model.DisplayId, LocalizedText.Of("Clause_DeclaresNo", Declaration.LocalizedPhrase), LocalizedText.Of("Instruction_Add", "[DataResidency(…)]"), citation);
            }

            return;
        }

        var home = DataTransferCoverage.HomeRegions(residency);
        if (home.Count == 0)
        {
            return;
        }

        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var dataset in DeclarationPresence.ReferencedDatasets(model, context.Datasets))
        {
            foreach (var raw in dataset.Regions)
            {
                if (string.IsNullOrWhiteSpace(raw))
                {
                    continue;
                }

                var region = raw!.Trim();
                if (DataTransferCoverage.Contains(home, region) || !reported.Add(region))
                {
                    continue;
                }

                var transfer = DataTransferCoverage.Covering(model.DataTransfers, new[] { region }, home);
                if (transfer is not null)
                {
                    // A transfer on record without its legal mechanism does not show the flow is lawful.
                    if (!DataTransferCoverage.HasMechanism(transfer))
                    {
                        context.ReportWithProperties(
                            Descriptor, transfer, null, null, Properties(context), model.DisplayId,
                            LocalizedText.Of("Clause_TransferWithoutBasis", region, transfer.ToRegion!.Trim()), LocalizedText.Of("Instruction_SetMechanism"), citation);
                    }

                    continue;
                }

                var properties = Properties(context);
                properties[FromProperty] = region;
                properties[ToProperty] = home[0];
                var what = LocalizedText.Of("Clause_UsesDataFromElsewhere", dataset.Id, region, string.Join(", ", home));
                var instruction = LocalizedText.Of("Instruction_Add", "[DataTransfer(\"" + region + "\", \"" + home[0] + "\", …)]");
                context.ReportWithProperties(Descriptor, residency, "Regions", null, properties, model.DisplayId, what, instruction, citation);
            }
        }
    }

    private static Dictionary<string, string?> Properties(ModelContext context) =>
        FindingCitation.Properties(context.Settings, Declaration.References, context.Risk);
}
