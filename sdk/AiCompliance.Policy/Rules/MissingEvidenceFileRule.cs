using AiCompliance.Policy.Evidence;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC209: a declaration names an evidence file the build was not given.</summary>
public sealed class MissingEvidenceFileRule : EvidenceRule
{
    public const string Title = "Evidence file not found";
    public const string MessageFormat = "The {0} of {1} names evidence '{2}' the build lacks: add it to AdditionalFiles or fix the path";
    public const string Description = "A result that names its evidence file is only as good as that file: the build reads it from the project's AdditionalFiles items, so a file that is missing, renamed or not listed leaves the declared numbers unchecked.";

    public static readonly RuleDescriptor Rule = Describe("AIC209", "MissingEvidenceFile", Title, MessageFormat, Description, introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    protected override void Check(ModelContext context, EvidenceBinding binding, EvidenceFile? file)
    {
        if (file is null)
        {
            context.Report(Descriptor, binding.Declaration, "Evidence", null, binding.Description, Subject(context.Model), binding.Evidence);
        }
    }
}
