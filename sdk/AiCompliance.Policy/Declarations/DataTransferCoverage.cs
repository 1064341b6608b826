using System;
using System.Collections.Generic;

namespace AiCompliance.Policy.Declarations;

/// <summary>
/// Which <c>[DataTransfer]</c> covers a flow of data between a model's residency and another country: the one rule for
/// data coming in (a dataset's region, AIC110) and data going out (an endpoint's country, AIC403). Regions compare
/// trimmed and ignoring case, as AIC203 reports the spelling separately.
/// </summary>
public static class DataTransferCoverage
{
    /// <summary>The declared residency's regions, trimmed, without blanks.</summary>
    public static List<string> HomeRegions(DataResidencyDeclaration residency)
    {
        var home = new List<string>();
        foreach (var region in residency.Regions)
        {
            if (!string.IsNullOrWhiteSpace(region))
            {
                home.Add(region!.Trim());
            }
        }

        return home;
    }

    /// <summary>
    /// The transfer from one of <paramref name="from"/> to one of <paramref name="to"/>; one that states its legal
    /// mechanism is preferred, since a transfer without one does not show the flow is lawful. <see langword="null"/>
    /// when none is declared.
    /// </summary>
    public static DataTransferDeclaration? Covering(IReadOnlyList<DataTransferDeclaration> transfers, IReadOnlyList<string> from, IReadOnlyList<string> to)
    {
        DataTransferDeclaration? found = null;
        foreach (var transfer in transfers)
        {
            if (transfer.FromRegion is { } source && Contains(from, source.Trim()) && transfer.ToRegion is { } destination && Contains(to, destination.Trim()))
            {
                if (HasMechanism(transfer))
                {
                    return transfer;
                }

                found ??= transfer;
            }
        }

        return found;
    }

    public static bool HasMechanism(DataTransferDeclaration transfer) => !string.IsNullOrWhiteSpace(transfer.Mechanism);

    public static bool Contains(IReadOnlyList<string> regions, string region)
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
