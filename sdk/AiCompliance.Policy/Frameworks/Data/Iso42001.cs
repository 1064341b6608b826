using static AiCompliance.Policy.Frameworks.Confidence;

namespace AiCompliance.Policy.Frameworks;

// Data only: ids and confidence marks from the project's research crosswalk, titles paraphrased for this project.
public static partial class FrameworkCatalog
{
    [ListedAt(100)]
    private static Framework Iso42001() => new(
        "iso-42001",
        "ISO/IEC 42001:2023 Artificial intelligence - Management system, Annex A reference controls",
        "first edition, 2023",
        "2023-12",
        "ISO/IEC JTC 1/SC 42",
        "certifiable management-system standard; Annex A controls are chosen in a Statement of Applicability",
        "https://www.iso.org/standard/81230.html",
        new[]
        {
            new Clause("A.2", "Objective: policies for AI"),
            new Clause("A.2.2", "A documented AI policy"),
            new Clause("A.2.3", "AI policy consistent with the organisation's other policies"),
            new Clause("A.2.4", "AI policy reviewed at planned intervals"),
            new Clause("A.3", "Objective: internal organisation"),
            new Clause("A.3.2", "AI roles and responsibilities assigned"),
            new Clause("A.3.3", "A process for raising concerns about AI"),
            new Clause("A.4", "Objective: resources for AI systems"),
            new Clause("A.4.2", "Resources needed by AI systems documented"),
            new Clause("A.4.3", "Data resources documented"),
            new Clause("A.4.4", "Tooling resources documented"),
            new Clause("A.4.5", "System and computing resources documented"),
            new Clause("A.4.6", "Human resources and competences documented"),
            new Clause("A.5", "Objective: assessing impacts of AI systems"),
            new Clause("A.5.2", "A process for assessing AI system impacts"),
            new Clause("A.5.3", "Impact assessments documented and retained"),
            new Clause("A.5.4", "Impacts on individuals and groups assessed"),
            new Clause("A.5.5", "Impacts on society assessed"),
            new Clause("A.6", "Objective: AI system life cycle"),
            new Clause("A.6.1.2", "Responsible-development objectives set and recorded"),
            new Clause("A.6.1.3", "Defined processes for designing and developing AI responsibly"),
            new Clause("A.6.2.2", "What the system must do specified as requirements"),
            new Clause("A.6.2.3", "Design and development documented"),
            new Clause("A.6.2.4", "System verified and validated"),
            new Clause("A.6.2.5", "Planning and carrying out deployment"),
            new Clause("A.6.2.6", "Running and monitoring the system"),
            new Clause("A.6.2.7", "Technical documentation for the parties who need it"),
            new Clause("A.6.2.8", "Event logs kept, at least while the system is in use"),
            new Clause("A.7", "Objective: data for AI systems"),
            new Clause("A.7.2", "Data management for development and improvement"),
            new Clause("A.7.3", "How data is acquired"),
            new Clause("A.7.4", "Data quality requirements"),
            new Clause("A.7.5", "Where data comes from is recorded"),
            new Clause("A.7.6", "How data is prepared"),
            new Clause("A.8", "Objective: information for interested parties"),
            new Clause("A.8.2", "Documentation and information given to users of the system"),
            new Clause("A.8.3", "Means for outside parties to report adverse impacts"),
            new Clause("A.8.4", "Plan for communicating incidents to users"),
            new Clause("A.8.5", "Duties to inform interested parties determined and documented"),
            new Clause("A.9", "Objective: use of AI systems"),
            new Clause("A.9.2", "Processes for using AI responsibly"),
            new Clause("A.9.3", "Objectives for using AI responsibly"),
            new Clause("A.9.4", "System used as intended and as documented"),
            new Clause("A.10", "Objective: third-party and customer relationships"),
            new Clause("A.10.2", "Responsibilities split between the organisation, partners and third parties"),
            new Clause("A.10.3", "Supplier processes aligned with responsible AI"),
            new Clause("A.10.4", "Customers' expectations and needs taken into account"),
        })
    {
        Note = "38 controls under 9 objectives (A.2 to A.10). Ids and topics agree across several public listings; the standard's own text was not consulted, and the titles here are paraphrases.",
    };
}
