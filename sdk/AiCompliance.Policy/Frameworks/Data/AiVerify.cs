using static AiCompliance.Policy.Frameworks.Confidence;

namespace AiCompliance.Policy.Frameworks;

// Data only: ids and confidence marks from the project's research crosswalk, titles paraphrased for this project.
public static partial class FrameworkCatalog
{
    [ListedAt(90)]
    private static Framework AiVerify() => new(
        "aiverify",
        "AI Verify Testing Framework",
        "11 principles in 5 focus areas (toolkit open-sourced in 2023)",
        "2023",
        "Infocomm Media Development Authority (IMDA), Singapore, and the AI Verify Foundation",
        "voluntary self-assessment: process checks plus technical tests for fairness, robustness and explainability",
        "https://aiverifyfoundation.sg/",
        new[]
        {
            new Clause("AIV-01", "Transparency: people know AI is being used"),
            new Clause("AIV-02", "Explainability: how the model arrives at its outputs can be understood"),
            new Clause("AIV-03", "Results can be repeated and reproduced"),
            new Clause("AIV-04", "Safety of the system"),
            new Clause("AIV-05", "Security of the system"),
            new Clause("AIV-06", "Robustness to unexpected or adversarial input"),
            new Clause("AIV-07", "Fairness: no unintended discrimination"),
            new Clause("AIV-08", "Governance of the data used"),
            new Clause("AIV-09", "Accountability for the system"),
            new Clause("AIV-10", "Human agency and oversight"),
            new Clause("AIV-11", "Inclusive growth and societal and environmental well-being"),
            new Clause("AIV-MS", "Project Moonshot: benchmarks and red-teaming attacks run against LLM applications", Medium, "Project Moonshot is the AI Verify Foundation's open-source toolkit for testing LLM applications (2024), not one of the eleven principles; the id is this project's (to verify)."),
        })
    {
        Note = "AIV-01 to AIV-11 number the eleven principles in the order of the toolkit's process checklists; the numbering is this project's.",
    };
}
