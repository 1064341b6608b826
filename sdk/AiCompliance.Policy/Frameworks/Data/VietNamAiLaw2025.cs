using static AiCompliance.Policy.Frameworks.Confidence;

namespace AiCompliance.Policy.Frameworks;

// Data only: ids and confidence marks from the project's research crosswalk, titles paraphrased for this project.
public static partial class FrameworkCatalog
{
    [ListedAt(120)]
    private static Framework VietNamAiLaw2025() => new(
        "vn-ai-law-2025",
        "Law on Artificial Intelligence No. 134/2025/QH15 (Viet Nam)",
        "passed 10 December 2025, in force 1 March 2026 (implementing decrees pending)",
        "2025-12-10",
        "National Assembly of Viet Nam",
        "binding law, the first standalone AI law in ASEAN; high, medium and low risk tiers",
        null,
        new[]
        {
            new Clause("VN-Art4", "Basic principles: AI serves people under human control with the ability to intervene; safe, transparent, fair and accountable; respects cultural values; saves energy", Low),
            new Clause("VN-Art12", "Incidents: detect, remedy and report them; serious ones notified through the national AI portal", Low, "Two independent secondary summaries give Article 12 for incidents; not checked against the official text."),
            new Clause("VN-Art14", "High-risk systems: provider manages risks, uses data suited to the intended use and meets further duties", Low),
            new Clause("VN-Art15", "Lighter regime for medium and low risk (medium: users might not realise they face AI or AI content)", Low),
            new Clause("VN-Art27", "Public services and state management: AI assists but never replaces human decisions; impact assessment that covers oversight", Low, "Secondary summaries agree on Article 27 for the public sector; not checked against the official text."),
            new Clause("VN-CLS", "Providers classify their own systems; dossier and notification before use for medium and high risk", Low, "No article number confirmed; secondary summaries place risk classification, self-classification and notification in Articles 9 and 10."),
        })
    {
        Note = "Included because the Joint Statement was adopted in Hanoi. The law has 35 articles in 8 chapters; the article numbers here come from secondary summaries only and must be checked against the official text.",
    };
}
