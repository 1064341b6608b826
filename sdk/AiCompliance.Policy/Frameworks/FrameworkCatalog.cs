using System;
using System.Collections.Generic;

namespace AiCompliance.Policy.Frameworks;

/// <summary>Every framework the policy can cite. The clause tables are filled in per framework.</summary>
public static partial class FrameworkCatalog
{
    private static readonly Dictionary<string, Framework> ById = Index();

    /// <summary>Every framework, in the order docs/frameworks.md lists them.</summary>
    public static IReadOnlyList<Framework> All { get; } = Build();

    public static Framework? Find(string id) => ById.TryGetValue(id, out var framework) ? framework : null;

    private static Dictionary<string, Framework> Index()
    {
        var index = new Dictionary<string, Framework>(StringComparer.Ordinal);
        foreach (var framework in Build())
        {
            index[framework.Id] = framework;
        }

        return index;
    }

    private static Framework[] Build() => Cache ??= CreateAll();

    private static Framework[]? Cache;

    private static Framework[] CreateAll() => new[]
    {
        new Framework("asean-japan-2026", "ASEAN-Japan Digital Ministers' Joint Statement on Promoting Safe, Secure and Trustworthy AI", "adopted 15 January 2026, Hanoi", "2026-01-15", "Digital ministers of the ASEAN Member States and Japan", "political statement, not binding", null, Array.Empty<Clause>()),
    };
}
