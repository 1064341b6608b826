using System;
using System.Collections.Generic;

namespace AiCompliance.Policy.Frameworks;

/// <summary>
/// Every framework the policy can cite, with its clauses. Each framework's data lives in its own file under
/// <c>Frameworks/Data</c>; this part builds every framework once, when the class is first used, and <see cref="All"/>
/// and <see cref="Find"/> hand out those same instances.
/// </summary>
public static partial class FrameworkCatalog
{
    // Initialised in this order (both are in this file): the list first, then the index over it.
    private static readonly Framework[] Frameworks =
    {
        AseanJapan2026(),
        AseanGuide2024(),
        AseanGenAi2025(),
        HiroshimaCodeOfConduct(),
        HaipReportingFramework(),
        JapanAiGuidelinesForBusiness(),
        EuAiAct(),
        NistAiRmf(),
        AiVerify(),
        Iso42001(),
        UngaResolution78265(),
        VietNamAiLaw2025(),
    };

    private static readonly Dictionary<string, Framework> ById = Index(Frameworks);

    /// <summary>Every framework, in the order docs/frameworks.md lists them.</summary>
    public static IReadOnlyList<Framework> All { get; } = Array.AsReadOnly(Frameworks);

    /// <summary>The framework with this id (ordinal), or <see langword="null"/>.</summary>
    public static Framework? Find(string id) => ById.TryGetValue(id, out var framework) ? framework : null;

    private static Dictionary<string, Framework> Index(Framework[] frameworks)
    {
        var index = new Dictionary<string, Framework>(StringComparer.Ordinal);
        foreach (var framework in frameworks)
        {
            // First one wins; FrameworkTableTests fails the build of the table if an id repeats.
            if (!index.ContainsKey(framework.Id))
            {
                index.Add(framework.Id, framework);
            }
        }

        return index;
    }
}
