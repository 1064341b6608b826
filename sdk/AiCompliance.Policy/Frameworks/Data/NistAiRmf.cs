using static AiCompliance.Policy.Frameworks.Confidence;

namespace AiCompliance.Policy.Frameworks;

// Data only: ids and confidence marks from the project's research crosswalk, titles paraphrased for this project.
public static partial class FrameworkCatalog
{
    [ListedAt(80)]
    private static Framework NistAiRmf() => new(
        "nist-ai-rmf",
        "Artificial Intelligence Risk Management Framework (AI RMF 1.0), NIST AI 100-1",
        "1.0 of 26 January 2023",
        "2023-01-26",
        "National Institute of Standards and Technology (United States)",
        "voluntary",
        "https://doi.org/10.6028/NIST.AI.100-1",
        new[]
        {
            new Clause("GOVERN", "GOVERN function: risk culture, policies and accountability"),
            new Clause("MAP", "MAP function: context and identification of risks"),
            new Clause("MEASURE", "MEASURE function: analysing, assessing and tracking risks"),
            new Clause("MANAGE", "MANAGE function: prioritising and treating risks"),
            new Clause("GOVERN-1.1", "Legal and regulatory requirements on AI known, managed and documented"),
            new Clause("GOVERN-1.3", "Depth of risk management matched to risk tolerance"),
            new Clause("GOVERN-1.4", "Risk management laid down in transparent policies and controls"),
            new Clause("GOVERN-1.6", "AI systems are inventoried"),
            new Clause("GOVERN-1.7", "AI systems can be retired safely"),
            new Clause("GOVERN-2.1", "Roles, responsibilities and lines of communication documented"),
            new Clause("GOVERN-2.3", "Senior leadership owns decisions on AI risk"),
            new Clause("GOVERN-3.2", "Who does what in human-AI teaming and oversight is defined"),
            new Clause("GOVERN-4.2", "Teams record risks and impacts and communicate them"),
            new Clause("GOVERN-4.3", "Practices support testing, finding incidents and sharing information"),
            new Clause("GOVERN-5.1", "Feedback from people outside the team gathered and used"),
            new Clause("GOVERN-6.1", "Policies for third-party risks, IP infringement included"),
            new Clause("GOVERN-6.2", "Fallback plans when high-risk third-party data or systems fail"),
            new Clause("MAP-1.1", "Intended purpose, context, relevant norms and deployment settings documented"),
            new Clause("MAP-1.5", "The organisation's risk tolerance set and documented"),
            new Clause("MAP-1.6", "System requirements gathered; socio-technical effects weighed in design"),
            new Clause("MAP-2.1", "Tasks and methods defined (e.g. classifier, generative model)"),
            new Clause("MAP-2.2", "Knowledge limits, and how people use and oversee outputs, documented"),
            new Clause("MAP-2.3", "Scientific integrity, TEVV and data-selection considerations documented"),
            new Clause("MAP-3.3", "Scope of the targeted application specified"),
            new Clause("MAP-3.4", "Processes for operator and practitioner proficiency"),
            new Clause("MAP-3.5", "How people oversee the system is defined, assessed and written down"),
            new Clause("MAP-4.1", "Legal and technology risks of components, third-party data and IP included, mapped"),
            new Clause("MAP-4.2", "Internal controls over component risks identified and recorded"),
            new Clause("MAP-5.1", "Likelihood and size of each impact documented"),
            new Clause("MEASURE-1.1", "Metrics chosen for the main risks; risks left unmeasured recorded"),
            new Clause("MEASURE-1.3", "Assessments involve independent or non-developer experts"),
            new Clause("MEASURE-2.1", "Test data, metrics and TEVV tooling recorded"),
            new Clause("MEASURE-2.2", "Evaluations with human subjects are representative and meet requirements"),
            new Clause("MEASURE-2.3", "Performance shown under conditions like those of deployment"),
            new Clause("MEASURE-2.4", "Behaviour watched in production"),
            new Clause("MEASURE-2.5", "Validity and reliability demonstrated; limits of generalisation recorded"),
            new Clause("MEASURE-2.6", "Safety risks evaluated; the system can fail safely"),
            new Clause("MEASURE-2.7", "Security and resilience of the system assessed"),
            new Clause("MEASURE-2.8", "Risks to transparency and accountability examined and recorded"),
            new Clause("MEASURE-2.9", "Model explained and validated; outputs read within their context"),
            new Clause("MEASURE-2.10", "Privacy risks of the system examined and recorded"),
            new Clause("MEASURE-2.11", "Fairness and bias evaluated and recorded"),
            new Clause("MEASURE-2.12", "Environmental and sustainability effects of the system assessed"),
            new Clause("MEASURE-2.13", "Whether the TEVV metrics and processes work is evaluated"),
            new Clause("MEASURE-3.1", "Existing and emerging risks tracked"),
            new Clause("MEASURE-3.3", "Ways for end users to report problems and appeal outcomes"),
            new Clause("MEASURE-4.2", "Trustworthiness in deployment checked with domain experts"),
            new Clause("MANAGE-1.1", "Decide whether the system meets its purpose and should go ahead"),
            new Clause("MANAGE-1.3", "Responses planned for high-priority risks"),
            new Clause("MANAGE-1.4", "Remaining negative risks written down for those who acquire or use the system"),
            new Clause("MANAGE-2.3", "Procedures to respond to and recover from newly found risks"),
            new Clause("MANAGE-2.4", "Means to supersede, disengage or switch off the system"),
            new Clause("MANAGE-3.1", "Risks from third-party resources monitored, with controls applied"),
            new Clause("MANAGE-3.2", "Pre-trained models monitored as part of maintenance"),
            new Clause("MANAGE-4.1", "Plan for monitoring after deployment, covering user input, appeals and overrides, retirement, incident response and changes"),
            new Clause("MANAGE-4.3", "Incidents and errors told to those affected; handled and recovered from by set processes"),
        })
    {
        Note = "Only the subcategories that bear on documentation are listed. The Generative AI Profile (NIST AI 600-1, July 2024) adds actions keyed to the same subcategories.",
    };
}
