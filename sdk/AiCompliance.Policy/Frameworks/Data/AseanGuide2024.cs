using static AiCompliance.Policy.Frameworks.Confidence;

namespace AiCompliance.Policy.Frameworks;

// Data only: ids and confidence marks from the project's research crosswalk, titles paraphrased for this project.
public static partial class FrameworkCatalog
{
    [ListedAt(20)]
    private static Framework AseanGuide2024() => new(
        "asean-guide-2024",
        "ASEAN Guide on AI Governance and Ethics",
        "February 2024, endorsed at the 4th ASEAN Digital Ministers' Meeting",
        "2024-02-02",
        "ASEAN Digital Ministers (ADGMIN)",
        "voluntary guide for organisations, with recommendations to governments",
        "https://asean.org/book/asean-guide-on-ai-governance-and-ethics/",
        new[]
        {
            new Clause("B1", "Principle 1: disclose AI use and make outcomes explainable"),
            new Clause("B2", "Principle 2: fair, equitable outcomes without unjust discrimination"),
            new Clause("B3", "Principle 3: security and safety, with risk assessment before deployment"),
            new Clause("B4", "Principle 4: human-centricity, benefiting people and shielding them from harm"),
            new Clause("B5", "Principle 5: protect privacy and govern data well"),
            new Clause("B6", "Principle 6: accountability and integrity of those who build and deploy AI"),
            new Clause("B7", "Principle 7: robust, reliable behaviour", High, "The guide's own contents list this principle seventh; some summaries put it fourth."),
            new Clause("C1", "Governance component 1: internal structures such as an oversight body, roles and standards"),
            new Clause("C2", "Governance component 2: choosing how much human involvement a decision needs, from a risk-impact assessment"),
            new Clause("C2.HITL", "Human in the loop: the AI recommends, a person decides", Medium, "Sub-id coined by this project; the guide describes three levels of human involvement without numbering them."),
            new Clause("C2.HOTL", "Human over the loop: a person supervises and can take control", Medium, "Sub-id coined by this project; the term follows Singapore's Model AI Governance Framework (also called on-the-loop)."),
            new Clause("C2.HOOTL", "Human out of the loop: the system acts with no person in execution", Medium, "Sub-id coined by this project."),
            new Clause("C3", "Governance component 3: operations, covering data, model building, testing and monitoring"),
            new Clause("C4", "Governance component 4: communicating with stakeholders, disclosure and feedback"),
            new Clause("D", "Recommendations addressed to national governments") { ContextReason = "Recommendations addressed to national governments. They ask nothing of a model." },
            new Clause("E", "Recommendations addressed to ASEAN as a region") { ContextReason = "Recommendations addressed to ASEAN as a region. They ask nothing of a model." },
            new Clause("AnnexA", "Template for assessing the risk impact of an AI system"),
        })
    {
        Note = "Ids follow the guide's sections: B for the seven principles, C for the four governance components, D and E for the national and regional recommendations, AnnexA for the assessment template. The C2.* sub-ids are this project's.",
    };
}
