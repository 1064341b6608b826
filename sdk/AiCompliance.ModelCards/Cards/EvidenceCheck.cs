using System;
using System.IO;
using AiCompliance.Policy.Evidence;

namespace AiCompliance.ModelCards.Cards;

/// <summary>
/// What a card says about one result's evidence. The card tool reads a compiled assembly, which carries the file's path
/// and hash but not the file, so it verifies only when given the project folder (<c>--evidence-root</c>; the build
/// passes it): then it reads the file itself and says what the build's rules AIC209–AIC211 would.
/// </summary>
public static class EvidenceCheck
{
    /// <summary>The file was found, its hash is the pinned one, and it holds every declared value.</summary>
    public const string Verified = "verified against evidence";

    /// <summary>The card tool was not given the project folder, so it could not read the file.</summary>
    public const string NotChecked = "not verified by the card tool (no --evidence-root)";

    /// <summary>One sentence: <see cref="Verified"/>, <see cref="NotChecked"/>, or what is wrong.</summary>
    public static string Describe(EvidenceBinding binding, string? evidenceRoot)
    {
        if (string.IsNullOrWhiteSpace(binding.Evidence))
        {
            return "no evidence file named";
        }

        if (evidenceRoot is null)
        {
            return NotChecked;
        }

        string text;
        try
        {
            var path = Path.GetFullPath(Path.Combine(evidenceRoot, binding.Evidence!.Replace('\\', '/')));
            if (!File.Exists(path))
            {
                return "not verified: the file is not found";
            }

            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return "not verified: the file cannot be read (" + e.Message + ")";
        }

        var sha256 = EvidenceHash.Of(text);
        if (string.IsNullOrWhiteSpace(binding.EvidenceSha256))
        {
            return "not verified: no EvidenceSha256 pins the file";
        }

        if (!EvidenceHash.Matches(binding.EvidenceSha256!, sha256))
        {
            return "not verified: the file has changed (SHA-256 " + sha256.Substring(0, 12) + "…)";
        }

        return binding.Disagreement(EvidenceDocument.Parse(text)) is { } disagreement
            ? "differs from evidence: " + disagreement.Reason
            : Verified;
    }
}
