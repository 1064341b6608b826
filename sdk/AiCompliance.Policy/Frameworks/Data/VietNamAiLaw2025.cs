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
            new Clause("VN-Art27", "Ethical responsibilities for AI in state management and public services: AI assists but never replaces human decisions; impact assessment that covers oversight", Low, "Checked, not verified: three secondary sources agree that Article 27 covers AI in state management and public services, and the law's table of contents puts Article 27 in Chapter V (ethics and responsibilities), not in Chapter VII (state governance, Articles 30 to 32). The official Vietnamese text could not be read here, so the number stays to verify.")
            {
                Source = "Digital Policy Alert summary of Law No. 134/2025/QH15 (Article 27); LuatVietnam's structure of the law (Chapter V: Articles 26 and 27); to verify against the official text",
            },
            new Clause("VN-CLS", "Providers classify their own systems; dossier and notification before use for medium and high risk", Low, "No article number confirmed; secondary summaries place risk classification in Article 9 (Chapter II, Articles 9 to 15) and self-classification and notification in Article 10.")
            {
                Source = "Vietnam.vn report of the law's adoption (Article 9); LuatVietnam's structure of the law (Chapter II: Articles 9 to 15); to verify",
            },
        })
    {
        Note = "Included because the Joint Statement was adopted in Hanoi. The law has 35 articles in 8 chapters (I: 1 to 8; II, risk classification and management: 9 to 15; III: 16 to 18; IV, application and ecosystem: 19 to 25; V, ethics and responsibilities: 26 and 27; VI: 28 and 29; VII, state governance: 30 to 32; VIII: 33 to 35, as LuatVietnam summarises it). The article numbers here come from secondary summaries only and stay to verify until checked against the official text.",
    };
}
