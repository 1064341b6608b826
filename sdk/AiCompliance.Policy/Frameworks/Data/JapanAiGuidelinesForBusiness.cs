using static AiCompliance.Policy.Frameworks.Confidence;

namespace AiCompliance.Policy.Frameworks;

// Data only: ids and confidence marks from the project's research crosswalk, titles paraphrased for this project.
public static partial class FrameworkCatalog
{
    [ListedAt(60)]
    private static Framework JapanAiGuidelinesForBusiness() => new(
        "jp-aigfb",
        "AI Guidelines for Business (AI事業者ガイドライン)",
        "1.2 of 31 March 2026 (1.0 of 19 April 2024, 1.01 of 22 November 2024, 1.1 of 28 March 2025)",
        "2026-03-31",
        "Ministry of Internal Affairs and Communications and Ministry of Economy, Trade and Industry, Japan",
        "voluntary soft law; Japan's AI Promotion Act (Act No. 53 of 2025) adds only a duty to cooperate with government measures",
        null,
        new[]
        {
            new Clause("II-C1", "Common principle 1: people at the centre"),
            new Clause("II-C2", "Common principle 2: safety of life, body, property and environment"),
            new Clause("II-C3", "Common principle 3: fairness; a person judges where outputs could be unfair"),
            new Clause("II-C4", "Common principle 4: protect privacy"),
            new Clause("II-C5", "Common principle 5: keep systems secure"),
            new Clause("II-C6", "Common principle 6: be transparent about systems and their use"),
            new Clause("II-C7", "Common principle 7: accountability through traceability and documentation"),
            new Clause("II-C8", "Common principle 8: education and AI literacy, pursued with society"),
            new Clause("II-C9", "Common principle 9: fair competition, pursued with society") { ContextReason = "A principle pursued with society (fair competition); it asks nothing of a particular model." },
            new Clause("II-C10", "Common principle 10: innovation, pursued with society") { ContextReason = "A principle pursued with society (innovation); it asks nothing of a particular model." },
            new Clause("II-D", "Additional principles for actors handling advanced AI, taken from the Hiroshima guiding principles", High, "Raised to high: Part 2 D carries this heading in the table of contents of version 1.0 (the crosswalk had medium)."),
            new Clause("II-E", "Building AI governance: risk-based and agile, led by management"),
            new Clause("III", "Part 3: what AI developers should do"),
            new Clause("IV", "Part 4: what AI providers should do"),
            new Clause("V", "Part 5: what AI business users should do"),
            new Clause("D-2i", "Developer: train on suitable, lawfully obtained data, taking care with personal, confidential and IP-protected data", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("D-2ii", "Developer: design with possible harm to life, body, property, mind and environment in view", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("D-2iii", "Developer: build so that the system ends up used appropriately", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("D-3i", "Developer: look for bias in the data", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("D-3ii", "Developer: look for bias in algorithms and models", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("D-5i", "Developer: design security protections into the system", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("D-5ii", "Developer: keep up with new threats", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("D-6i", "Developer: keep development verifiable, for example through records", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("D-6ii", "Developer: give stakeholders the information they need", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("D-7i", "Developer: explain to providers how the common principles are met", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("D-7ii", "Developer: document information about development", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("D-10i", "Developer: help create opportunities for innovation", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify.") { ContextReason = "Asks developers to help create opportunities for innovation; it asks nothing of a particular model." },
            new Clause("P-2i", "Provider: act on risks to life, body, property, mind and environment", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("P-2ii", "Provider: offer the service so that it is used appropriately", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("P-3i", "Provider: look for bias in the system's configuration and data", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("P-4i", "Provider: mechanisms that protect privacy", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("P-4ii", "Provider: respond to privacy violations", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("P-5i", "Provider: build in mechanisms that keep the system secure", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("P-5ii", "Provider: deal with vulnerabilities", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("P-6i", "Provider: document the system architecture and similar matters", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("P-6ii", "Provider: give stakeholders the information they need", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("P-7i", "Provider: explain to business users how the common principles are met", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("P-7ii", "Provider: document terms of use and similar matters", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("U-2i", "Business user: use the system appropriately, with safety in mind", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("U-3i", "Business user: check inputs and prompts for bias", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("U-4i", "Business user: do not feed in personal data improperly; prevent privacy harm", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("U-5i", "Business user: protect the system and its data", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("U-6i", "Business user: give stakeholders the information they need", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("U-7i", "Business user: account for the use of AI to the people concerned", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
            new Clause("U-7ii", "Business user: follow the documentation and terms supplied", Low, "Unverified: item id rebuilt from secondary sources (role letter, principle number, item); not checked against the official text. To verify."),
        })
    {
        Note = "Part and principle ids follow the guidelines' structure (Part 2: C1 to C10, D, E; Parts 3 to 5). The item ids (D-2i, P-4ii, U-7i and the others of Parts 3 to 5) were rebuilt from secondary sources and are unverified: they are marked low confidence, so every citation of them reads \"to verify\"; check them against the current official text before a report relies on them.",
    };
}
