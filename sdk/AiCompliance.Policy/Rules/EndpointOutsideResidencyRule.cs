using System.Collections.Generic;
using AiCompliance.Policy.CodeEvidence;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// AIC403: a model that declares <c>[DataResidency]</c> sends data to an endpoint that the host table
/// (<see cref="EndpointJurisdictions"/>) places in a country outside that residency, and no <c>[DataTransfer]</c> with a
/// mechanism covers the flow from the residency to that country. Unknown, loopback and non-constant endpoints are never
/// reported: the rule does not guess where they are.
/// </summary>
public sealed class EndpointOutsideResidencyRule : Rule
{
    /// <summary>The diagnostic property that lists every uncovered country, comma-separated (the message may shorten it).</summary>
    public const string UncoveredRegionsProperty = "UncoveredRegions";

    /// <summary>How many countries a message names before it says how many more.</summary>
    public const int MaxRegionsInMessage = 3;

    public static readonly RuleDescriptor Rule = new(
        "AIC403", "EndpointOutsideResidency", RuleCategory.CodeEvidence,
        RuleSeverity.Info, RuleSeverity.Warning, RuleSeverity.Error, introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override bool ReadsCode => true;

    public override void CheckModel(ModelContext context)
    {
        var model = context.Model;
        if (context.Code is not { } code || model.Identity is null || model.DataResidency is not { } residency)
        {
            return;
        }

        var home = DataTransferCoverage.HomeRegions(residency);
        if (home.Count == 0)
        {
            return;
        }

        foreach (var endpoint in code.Endpoints)
        {
            if (endpoint.Location != EndpointLocation.Region)
            {
                continue;
            }

            var uncovered = new List<string>();
            foreach (var region in endpoint.Regions)
            {
                if (!DataTransferCoverage.Contains(home, region)
                    && !(DataTransferCoverage.Covering(model.DataTransfers, home, new[] { region }) is { } transfer && DataTransferCoverage.HasMechanism(transfer)))
                {
                    uncovered.Add(region);
                }
            }

            if (uncovered.Count > 0)
            {
                var properties = new Dictionary<string, string?> { [UncoveredRegionsProperty] = string.Join(",", uncovered) };
                context.ReportInCode(Descriptor, endpoint.Origin, properties, model.DisplayId, endpoint.Host, RegionsText(uncovered), string.Join(", ", home));
            }
        }
    }

    /// <summary>The countries as the message names them: all of them, or the first few and how many more.</summary>
    public static object RegionsText(IReadOnlyList<string> regions)
    {
        if (regions.Count <= MaxRegionsInMessage)
        {
            return string.Join(", ", regions);
        }

        var shown = new string[MaxRegionsInMessage];
        for (var i = 0; i < shown.Length; i++)
        {
            shown[i] = regions[i];
        }

        return LocalizedText.Of("Regions_More", string.Join(", ", shown), regions.Count - MaxRegionsInMessage);
    }
}
