using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// How a finding cites the frameworks that ask for what it reports. The message names only framework ids, and at most
/// <see cref="MaxFrameworksInMessage"/> of them, so that it stays one readable line; every clause goes into the
/// finding's properties, which the analyzers attach to the diagnostic and SARIF carries (Roslyn's error log and
/// <c>aicompliance check --format sarif</c>), and the rule's page lists them.
/// </summary>
public static class FindingCitation
{
    /// <summary>How many framework ids a message names before it shortens the rest to "+N more".</summary>
    public const int MaxFrameworksInMessage = 2;

    /// <summary>The property with every selected framework that asks for it, comma-separated.</summary>
    public const string FrameworksProperty = "Frameworks";

    /// <summary>The property with every clause of those frameworks, as in <see cref="PolicySettings.CiteReferences"/>.</summary>
    public const string ClausesProperty = "Clauses";

    /// <summary>The property with the model's risk as the policy read it ("High, Finance"): why the policy expects the declaration.</summary>
    public const string RiskProperty = "Risk";

    /// <summary>What a message says when no selected framework cites the declaration (the minimal baseline).</summary>
    public const string Baseline = "AiCompliance baseline";

    /// <summary>
    /// The selected frameworks that cite any of <paramref name="references"/>, in selection order, for a message:
    /// "asean-japan-2026, asean-guide-2024 +3 more", or <see cref="Baseline"/> when none does.
    /// </summary>
    public static string InMessage(PolicySettings settings, IReadOnlyList<ClauseReference> references) =>
        Localized(settings, references).ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// <see cref="InMessage"/> in the language of the message it is placed in: the framework ids stay as they are,
    /// "+N more" and the baseline are translated.
    /// </summary>
    public static LocalizedText Localized(PolicySettings settings, IReadOnlyList<ClauseReference> references)
    {
        var ids = CitingFrameworks(settings, references);
        if (ids.Count == 0)
        {
            return LocalizedText.Of("Citation_Baseline");
        }

        var text = new StringBuilder();
        for (var i = 0; i < ids.Count && i < MaxFrameworksInMessage; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append(ids[i]);
        }

        return ids.Count > MaxFrameworksInMessage
            ? LocalizedText.Of("Citation_More", text.ToString(), ids.Count - MaxFrameworksInMessage)
            : LocalizedText.Literal("{0}", text.ToString());
    }

    /// <summary>The finding's properties for the citation: every framework and clause, and the risk when given.</summary>
    public static Dictionary<string, string?> Properties(PolicySettings settings, IReadOnlyList<ClauseReference> references, RiskContext? risk = null)
    {
        var properties = new Dictionary<string, string?>
        {
            [FrameworksProperty] = string.Join(",", CitingFrameworks(settings, references)),
            [ClausesProperty] = settings.CiteReferences(references, int.MaxValue),
        };
        if (risk is not null)
        {
            properties[RiskProperty] = risk.Describe();
        }

        return properties;
    }

    private static List<string> CitingFrameworks(PolicySettings settings, IReadOnlyList<ClauseReference> references)
    {
        var ids = new List<string>();
        foreach (var framework in settings.Frameworks)
        {
            foreach (var reference in references)
            {
                if (reference.FrameworkId == framework.Id)
                {
                    ids.Add(framework.Id);
                    break;
                }
            }
        }

        return ids;
    }
}
