using AiCompliance.Policy.Evidence;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC209: a declaration names an evidence file the build was not given.</summary>
public sealed class MissingEvidenceFileRule : EvidenceRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC209", "MissingEvidenceFile", introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    protected override void Check(ModelContext context, EvidenceBinding binding, EvidenceFile? file)
    {
        if (file is null)
        {
            context.Report(Descriptor, binding.Declaration, "Evidence", null, binding.Description, Subject(context.Model), binding.Evidence);
        }
    }
}
