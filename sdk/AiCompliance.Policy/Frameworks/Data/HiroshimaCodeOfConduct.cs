using static AiCompliance.Policy.Frameworks.Confidence;

namespace AiCompliance.Policy.Frameworks;

// Data only: ids and confidence marks from the project's research crosswalk, titles paraphrased for this project.
public static partial class FrameworkCatalog
{
    [ListedAt(40)]
    private static Framework HiroshimaCodeOfConduct() => new(
        "hiroshima-coc",
        "Hiroshima Process International Code of Conduct for Organizations Developing Advanced AI Systems",
        "30 October 2023",
        "2023-10-30",
        "G7 (Hiroshima AI Process)",
        "voluntary; aimed at organisations developing advanced AI systems (foundation models, generative AI)",
        "https://digital-strategy.ec.europa.eu/en/library/hiroshima-process-international-code-conduct-advanced-ai-systems",
        new[]
        {
            new Clause("A1", "Assess and reduce risks over the lifecycle, with pre-release testing such as red-teaming and with traceability"),
            new Clause("A2", "After release, find and fix vulnerabilities and act on incidents and patterns of misuse"),
            new Clause("A3", "Publish what advanced systems can and cannot do and where they should and should not be used"),
            new Clause("A4", "Share information and report incidents responsibly with industry, governments and others"),
            new Clause("A5", "Set up and publish risk-based governance and risk-management policies, privacy included"),
            new Clause("A6", "Put money and effort into security: physical protection, cybersecurity, insider-threat safeguards"),
            new Clause("A7", "Authenticate AI content and show its provenance (e.g. watermarks); tell users when AI is involved"),
            new Clause("A8", "Research into societal, safety and security risks and how to reduce them comes first") { ContextReason = "Sets an organisation's research priorities; it asks nothing of a particular model." },
            new Clause("A9", "Direct advanced AI at global challenges such as climate, health and education"),
            new Clause("A10", "Contribute to, and where fitting use, international technical standards") { ContextReason = "Asks an organisation to contribute to international standards; it asks nothing of a particular model." },
            new Clause("A11", "Control data inputs; protect personal data and intellectual property"),
        })
    {
        Note = "A1 to A11 are the Code's eleven numbered actions.",
    };
}
