using System;
using System.Collections.Generic;
using System.Reflection;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// Every rule of the catalogue. The checkable rules are found by reflection (every concrete <see cref="Rule"/> in this
/// assembly), so adding a rule is adding its file; rules that need source code contribute only their descriptor.
/// </summary>
public static class RuleCatalog
{
    private static readonly Lazy<Rule[]> Checks = new(DiscoverChecks);
    private static readonly Lazy<RuleDescriptor[]> AllDescriptors = new(BuildDescriptors);

    /// <summary>The rules that can be checked from declarations (source or metadata), in ID order.</summary>
    public static IReadOnlyList<Rule> All => Checks.Value;

    /// <summary>Every rule's descriptor in ID order, including the rules that need source and have no check here.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors => AllDescriptors.Value;

    public static Rule? Find(string id)
    {
        foreach (var rule in All)
        {
            if (rule.Descriptor.Id == id)
            {
                return rule;
            }
        }

        return null;
    }

    public static RuleDescriptor? FindDescriptor(string id)
    {
        foreach (var descriptor in Descriptors)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }

        return null;
    }

    private static Rule[] DiscoverChecks()
    {
        var rules = new List<Rule>();
        foreach (var type in typeof(Rule).GetTypeInfo().Assembly.GetTypes())
        {
            if (!type.IsAbstract && typeof(Rule).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is { } constructor)
            {
                rules.Add((Rule)constructor.Invoke(null));
            }
        }

        rules.Sort((a, b) => string.CompareOrdinal(a.Descriptor.Id, b.Descriptor.Id));
        return rules.ToArray();
    }

    private static RuleDescriptor[] BuildDescriptors()
    {
        var result = new List<RuleDescriptor>();
        foreach (var rule in All)
        {
            if (!result.Contains(rule.Descriptor))
            {
                result.Add(rule.Descriptor);
            }
        }

        result.AddRange(SourceOnlyRules.All);
        result.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return result.ToArray();
    }
}
