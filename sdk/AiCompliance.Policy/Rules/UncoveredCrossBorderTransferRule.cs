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

        var home = new List<string>();
        foreach (var region in residency.Regions)
        {
            if (!string.IsNullOrWhiteSpace(region))
            {
                home.Add(region!.Trim());
            }
        }

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
                if (Contains(home, region) || !reported.Add(region))
                {
                    continue;
                }

                var transfer = Covering(model.DataTransfers, region, home);
                if (transfer is not null)
                {
                    // A transfer on record without its legal mechanism does not show the flow is lawful.
                    if (string.IsNullOrWhiteSpace(transfer.Mechanism))
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

    private static DataTransferDeclaration? Covering(IReadOnlyList<DataTransferDeclaration> transfers, string from, List<string> home)
    {
        DataTransferDeclaration? found = null;
        foreach (var transfer in transfers)
        {
            if (string.Equals(transfer.FromRegion?.Trim(), from, StringComparison.OrdinalIgnoreCase) && transfer.ToRegion is { } to && Contains(home, to.Trim()))
            {
                if (!string.IsNullOrWhiteSpace(transfer.Mechanism))
                {
                    return transfer;
                }

                found ??= transfer;
            }
        }

        return found;
    }

    private static bool Contains(List<string> regions, string region)
    {
        foreach (var candidate in regions)
        {
            if (string.Equals(candidate, region, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
