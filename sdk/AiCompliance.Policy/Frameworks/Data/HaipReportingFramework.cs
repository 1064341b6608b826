using static AiCompliance.Policy.Frameworks.Confidence;

namespace AiCompliance.Policy.Frameworks;

// Data only: ids and confidence marks from the project's research crosswalk, titles paraphrased for this project.
public static partial class FrameworkCatalog
{
    [ListedAt(50)]
    private static Framework HaipReportingFramework() => new(
        "oecd-haip-rf",
        "OECD Hiroshima AI Process (HAIP) Reporting Framework",
        "2.0 of 28 May 2026 (first version launched 7 February 2025)",
        "2026-05-28",
        "OECD, for the G7",
        "voluntary public reporting against the Hiroshima Code of Conduct",
        "https://transparency.oecd.ai/",
        new[]
        {
            new Clause("RF-1", "Report on how risks are identified and evaluated"),
            new Clause("RF-2", "Report on managing risks and securing information"),
            new Clause("RF-3", "Transparency report on the advanced AI systems concerned"),
            new Clause("RF-4", "Report on organisational governance, incident handling and transparency", Medium),
            new Clause("RF-5", "Report on authenticating content and showing its provenance", Medium),
            new Clause("RF-6", "Report on investment in safety research and in reducing societal risks", Medium) { ContextReason = "Reports an organisation's investment in research; it asks nothing of a particular model." },
            new Clause("RF-7", "Report on work that serves people and global interests", Medium),
        })
    {
        Note = "RF-1 to RF-7 are the seven thematic sections in the framework's order. Version 2.0 adds questions specific to model developers, application developers and deployers.",
    };
}
