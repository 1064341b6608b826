using System;
using System.Collections.Generic;
using System.Reflection;

namespace AiCompliance.Policy.Frameworks;

/// <summary>
/// Every framework the policy can cite, with its clauses. Each framework's data lives in its own file under
/// <c>Frameworks/Data</c>, as a parameterless factory method of this class marked <c>[ListedAt]</c>; this part finds
/// those methods and builds every framework once, when the class is first used, and <see cref="All"/> and
/// <see cref="Find"/> hand out those same instances. No list of frameworks is written by hand, so a new framework is
/// its data file plus the declarations that cite it (<c>DeclarationCatalog</c>).
/// </summary>
public static partial class FrameworkCatalog
{
    // Initialised in this order (both are in this file): the list first, then the index over it.
    private static readonly Framework[] Frameworks = BuildListed();

    private static readonly Dictionary<string, Framework> ById = Index(Frameworks);

    /// <summary>Every framework, in the order docs/frameworks.md lists them.</summary>
    public static IReadOnlyList<Framework> All { get; } = Array.AsReadOnly(Frameworks);

    /// <summary>The framework with this id (ordinal), or <see langword="null"/>.</summary>
    public static Framework? Find(string id) => ById.TryGetValue(id, out var framework) ? framework : null;

    /// <summary>
    /// Calls every <c>[ListedAt]</c> factory of this class and orders the frameworks by their position. Reflection over
    /// a dozen methods of one type runs once per load of the assembly (the analyzers, the CLI), so it costs nothing
    /// measurable, and it keeps the list from being written by hand next to the data.
    /// </summary>
    private static Framework[] BuildListed()
    {
        var listed = new List<KeyValuePair<int, Framework>>();
        foreach (var method in typeof(FrameworkCatalog).GetTypeInfo().DeclaredMethods)
        {
            var listing = method.GetCustomAttribute<ListedAtAttribute>();
            if (listing is null || !method.IsStatic || method.ReturnType != typeof(Framework) || method.GetParameters().Length != 0)
            {
                continue;
            }

            try
            {
                if (method.Invoke(null, null) is Framework framework)
                {
                    listed.Add(new KeyValuePair<int, Framework>(listing.Position, framework));
                }
            }
            catch (TargetInvocationException)
            {
                // A framework whose data does not build is left out rather than failing every analyzer that loads the
                // table; FrameworkTableTests fails when a listed factory is missing from All.
            }
        }

        // Ties (FrameworkTableTests forbids them) fall back to the id, so the order never depends on reflection's.
        listed.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : string.CompareOrdinal(a.Value.Id, b.Value.Id));
        var frameworks = new Framework[listed.Count];
        for (var i = 0; i < frameworks.Length; i++)
        {
            frameworks[i] = listed[i].Value;
        }

        return frameworks;
    }

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

    /// <summary>
    /// Marks a factory method of a framework's data file and gives the framework's place in <see cref="All"/>,
    /// docs/frameworks.md and <c>aicompliance frameworks</c>: ascending, one position per framework. The frameworks
    /// are numbered in steps of 10 so that a new one can go between two without renumbering the others.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    private sealed class ListedAtAttribute : Attribute
    {
        public ListedAtAttribute(int position) => Position = position;

        public int Position { get; }
    }
}
