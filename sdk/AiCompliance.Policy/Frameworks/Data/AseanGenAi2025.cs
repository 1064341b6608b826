using static AiCompliance.Policy.Frameworks.Confidence;

namespace AiCompliance.Policy.Frameworks;

// Data only: ids and confidence marks from the project's research crosswalk, titles paraphrased for this project.
public static partial class FrameworkCatalog
{
    [ListedAt(30)]
    private static Framework AseanGenAi2025() => new(
        "asean-genai-2025",
        "Expanded ASEAN Guide on AI Governance and Ethics - Generative AI",
        "January 2025, adopted at the 5th ASEAN Digital Ministers' Meeting",
        "2025-01",
        "ASEAN Digital Ministers (ADGMIN)",
        "voluntary guide, written mainly for policymakers",
        null,
        new[]
        {
            new Clause("RISK-1", "Risk: errors and human-like presentation that invite over-reliance", Medium),
            new Clause("RISK-2", "Risk: untrue outputs and disinformation", Medium),
            new Clause("RISK-3", "Risk: deepfakes, impersonation, fraud and other malicious use", Medium),
            new Clause("RISK-4", "Risk: infringing intellectual property", Medium),
            new Clause("RISK-5", "Risk: leaking private or confidential information", Medium),
            new Clause("RISK-6", "Risk: biases carried into outputs", Medium),
            new Clause("REC-1", "Recommendation: allocate accountability along the value chain", Medium),
            new Clause("REC-2", "Recommendation: lawful, good-quality, traceable training data that respects privacy", Medium),
            new Clause("REC-3", "Recommendation: develop and deploy in a trusted way, with safety practices and disclosure", Medium),
            new Clause("REC-4", "Recommendation: report incidents", Medium),
            new Clause("REC-5", "Recommendation: test systems and provide assurance about them", Medium),
            new Clause("REC-6", "Recommendation: security against threats such as prompt injection and data poisoning", Medium),
            new Clause("REC-7", "Recommendation: provenance of generated content", Medium),
            new Clause("REC-8", "Recommendation: research and development on safety and alignment", Medium) { ContextReason = "Asks for research and development in the AI ecosystem, not for anything about a particular model." },
            new Clause("REC-9", "Recommendation: AI that serves the public good", Medium),
        })
    {
        Note = "RISK-n and REC-n number the six risks and nine recommendation areas in the order the guide gives them; the numbering is this project's. The nine areas are those of Singapore's Model AI Governance Framework for Generative AI (2024).",
    };
}
