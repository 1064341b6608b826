using System.Collections.Generic;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// AIC002: two models, or two datasets, share an id. Ids compare as <see cref="DeclarationIds"/> says, the rule dataset
/// references resolve by too.
/// </summary>
public sealed class DuplicateIdRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "AIC002", "DuplicateId", RuleCategory.Structure,
        RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Error, reportsAtCompilationEnd: true, introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksAssembly => true;

    public override void CheckAssembly(AssemblyContext context)
    {
        var models = new Dictionary<string, ModelDeclarations>(DeclarationIds.Comparer);
        foreach (var model in context.Assembly.Models)
        {
            var id = model.Identity!.Id;
            if (string.IsNullOrWhiteSpace(id))
            {
                continue;
            }

            if (models.TryGetValue(id!, out var first))
            {
                context.Report(Descriptor, model, model.Identity, "Id", null, "Model", id, "'" + first.TypeName + "'");
            }
            else
            {
                models[id!] = model;
            }
        }

        var datasets = new HashSet<string>(DeclarationIds.Comparer);
        foreach (var dataset in context.Assembly.Datasets)
        {
            if (!string.IsNullOrWhiteSpace(dataset.Id) && !datasets.Add(dataset.Id!))
            {
                context.Report(Descriptor, null, dataset, "Id", null, "Dataset", dataset.Id, "another [assembly: Dataset]");
            }
        }
    }
}
