using System.Collections.Generic;
using AiCompliance.Policy.Evidence;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC210: the evidence file is not pinned by its SHA-256, or has changed since it was.</summary>
public sealed class EvidenceHashMismatchRule : EvidenceRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC210", "EvidenceHashMismatch", introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    protected override void Check(ModelContext context, EvidenceBinding binding, EvidenceFile? file)
    {
        if (file is null)
        {
            return;
        }

        var properties = new Dictionary<string, string?> { [Sha256Property] = file.Sha256 };
        if (string.IsNullOrWhiteSpace(binding.EvidenceSha256))
        {
            context.ReportWithProperties(Descriptor, binding.Declaration, "Evidence", null, properties, binding.Evidence, binding.Description, Subject(context.Model),
                "is not pinned: set EvidenceSha256 to " + Short(file.Sha256) + "…");
        }
        else if (!EvidenceHash.Matches(binding.EvidenceSha256!, file.Sha256))
        {
            context.ReportWithProperties(Descriptor, binding.Declaration, "EvidenceSha256", null, properties, binding.Evidence, binding.Description, Subject(context.Model),
                "changed: SHA-256 " + Short(file.Sha256) + "…, not " + Short(binding.EvidenceSha256!.Trim()) + "…; review it, then re-pin");
        }
    }

    private static string Short(string hash) => hash.Length <= 12 ? hash : hash.Substring(0, 12);
}
