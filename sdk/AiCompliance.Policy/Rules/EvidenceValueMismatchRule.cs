using AiCompliance.Policy.Evidence;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC211: a declared value is not what its evidence file says.</summary>
public sealed class EvidenceValueMismatchRule : EvidenceRule
{
    public const string Title = "Declared result differs from its evidence";
    public const string MessageFormat = "The {0} of {1} does not match its evidence '{2}': {3}";
    public const string Description = "A declared number, group value, test or date must be the one in the result file it names (a number may be the file's value rounded to the digits written), so a typo or a wish cannot reach the model card.";

    public static readonly RuleDescriptor Rule = Describe("AIC211", "EvidenceValueMismatch", Title, MessageFormat, Description, introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    protected override void Check(ModelContext context, EvidenceBinding binding, EvidenceFile? file)
    {
        if (file is not null && binding.Disagreement(file.Document) is { } disagreement)
        {
            context.Report(Descriptor, binding.Declaration, disagreement.Property, disagreement.Element, binding.Description, Subject(context.Model), binding.Evidence, disagreement.Reason);
        }
    }
}
