using System.Collections.Generic;
using AiCompliance.Policy.Evidence;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC210: the evidence file is not pinned by its SHA-256, or has changed since it was.</summary>
public sealed class EvidenceHashMismatchRule : EvidenceRule
{
    public const string Title = "Evidence file not pinned or changed";
    public const string MessageFormat = "The evidence '{0}' of the {1} of {2} {3}";
    public const string Description = "EvidenceSha256 pins the result file a declaration was taken from, so a rerun, an edit or a different file is noticed: the declaration is then reviewed and the new hash written. The hash is of the file's UTF-8 text with LF line endings (docs/evidence.md).";

    public static readonly RuleDescriptor Rule = Describe("AIC210", "EvidenceHashMismatch", Title, MessageFormat, Description, introducedIn: "0.1.0");

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
