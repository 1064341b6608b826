using AiCompliance.Policy.Declarations;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// AIC006: two different model ids give one card file name (or a model id gives the CycloneDX BOM's name), so one card
/// is written under a numbered name nobody looks up. Names are assigned as <see cref="CardFileNames"/> says; ids that are
/// the same id are AIC002's.
/// </summary>
public sealed class CardFileNameCollisionRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "AIC006", "CardFileNameCollision", RuleCategory.Structure,
        RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Error, reportsAtCompilationEnd: true, introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksAssembly => true;

    public override void CheckAssembly(AssemblyContext context)
    {
        foreach (var name in CardFileNames.Assign(context.Assembly))
        {
            if (!name.IsTaken || (name.TakenBy is { } holder && DeclarationIds.Same(holder.DisplayId, name.Model.DisplayId)))
            {
                continue;
            }

            var other = name.TakenBy is { } model ? "model '" + model.DisplayId + "'" : "the CycloneDX BOM";
            context.Report(Descriptor, name.Model, name.Model.Identity, "Id", null, name.Model.DisplayId, name.Wanted, other, name.Name);
        }
    }
}
