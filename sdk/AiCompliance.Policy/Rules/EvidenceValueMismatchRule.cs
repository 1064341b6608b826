using AiCompliance.Policy.Evidence;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC211: a declared value is not what its evidence file says.</summary>
public sealed class EvidenceValueMismatchRule : EvidenceRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC211", "EvidenceValueMismatch", introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    protected override void Check(ModelContext context, EvidenceBinding binding, EvidenceFile? file)
    {
        if (file is not null && binding.Disagreement(file.Document) is { } disagreement)
        {
            context.Report(Descriptor, binding.Declaration, disagreement.Property, disagreement.Element, binding.Description, Subject(context.Model), binding.Evidence, disagreement.Reason);
        }
    }
}
