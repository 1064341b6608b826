using AiCompliance.Policy.Evidence;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// The shape shared by the evidence rules (AIC209–AIC211): each evaluation, fairness or security declaration that
/// names an evidence file is checked against the file the build was given. Without files to read (a compiled
/// assembly) nothing is reported, and a placeholder path is left to AIC208.
/// </summary>
public abstract class EvidenceRule : ValueRule
{
    /// <summary>The finding property that carries the file's current SHA-256, which the AIC210 fix writes.</summary>
    public const string Sha256Property = "EvidenceSha256";

    public override bool ChecksModels => true;

    public override bool ReadsEvidence => true;

    public sealed override void CheckModel(ModelContext context)
    {
        if (context.Evidence is not { } files || context.Model.Identity is null)
        {
            return;
        }

        foreach (var binding in EvidenceBinding.Of(context.Model))
        {
            if (ShouldCheck(binding.Evidence))
            {
                Check(context, binding, files.Find(binding.Evidence!));
            }
        }
    }

    /// <summary>Checks one declaration; <paramref name="file"/> is <see langword="null"/> when the build has no such file.</summary>
    protected abstract void Check(ModelContext context, EvidenceBinding binding, EvidenceFile? file);
}
