using System.Collections.Generic;

namespace AiCompliance.Policy.Rules;

/// <summary>Every rule that can be checked from declarations, in ID order.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<Rule> All { get; } = new Rule[]
    {
        new MissingRiskProfileRule(),
        new MissingIntendedUseRule(),
        new MissingAccountableOwnerRule(),
    };

    /// <summary>Every rule's descriptor, including the rules that need source and have no check here.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = BuildDescriptors();

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

    private static RuleDescriptor[] BuildDescriptors()
    {
        var result = new List<RuleDescriptor>();
        foreach (var rule in All)
        {
            result.Add(rule.Descriptor);
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return result.ToArray();
    }
}
