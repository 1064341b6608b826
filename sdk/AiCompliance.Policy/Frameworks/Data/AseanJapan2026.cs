using static AiCompliance.Policy.Frameworks.Confidence;

namespace AiCompliance.Policy.Frameworks;

// Data only: ids and confidence marks from the project's research crosswalk, titles paraphrased for this project.
public static partial class FrameworkCatalog
{
    [ListedAt(10)]
    private static Framework AseanJapan2026() => new(
        "asean-japan-2026",
        "ASEAN-Japan Digital Ministers' Joint Statement on Promoting Safe, Secure and Trustworthy Artificial Intelligence",
        "adopted at the 5th ASEAN-Japan Digital Ministers' Meeting, Hanoi",
        "2026-01-15",
        "Digital ministers of the ASEAN Member States and Japan",
        "political statement, not binding",
        null,
        new[]
        {
            new Clause("para1", "Trustworthy AI resting on human oversight and accountability across its lifecycle, with regard for local languages and cultures"),
            new Clause("para2", "Risk-based governance drawing on the ASEAN guides, UNGA A/RES/78/265 and the Hiroshima Code, focused on healthcare, education, finance and public administration"),
            new Clause("para3", "Cooperation on AI rules; relate Japan's business guidelines and the Hiroshima Code to the ASEAN guides; interoperability with international standards; WG-AI and the ASEAN AI Safety Network") { ContextReason = "A commitment between governments: to cooperate on rules, map frameworks onto each other and work through WG-AI and the ASEAN AI Safety Network. It asks nothing of a model." },
            new Clause("para4", "Possible ASEAN involvement in the Hiroshima AI Process Friends Group and GPAI; sharing risk-based governance practice") { ContextReason = "A commitment between governments to explore joining the Hiroshima AI Process Friends Group and GPAI. It asks nothing of a model." },
            new Clause("para5", "AI models that respect ASEAN cultures, values and languages; reliable data centres and networks"),
            new Clause("para6", "Joint work with WG-AI on AI testing, safety benchmarks and evaluation methods; mapping the Hiroshima Code onto the Expanded ASEAN Guide") { ContextReason = "A commitment between governments to deepen work with WG-AI on testing, benchmarks and evaluation methods. It asks nothing of a model; a model's own evaluations answer other clauses." },
            new Clause("para7", "Capacity building through the ASEAN AI Safety Network Partnership Programme") { ContextReason = "A commitment between governments to a capacity-building programme. It asks nothing of a model." },
            new Clause("para8", "Capacity building and technology transfer: ASEAN Responsible AI Roadmap, generative-AI dialogue, DEFA") { ContextReason = "A commitment between governments to capacity building, technology transfer and DEFA. It asks nothing of a model." },
            new Clause("para9", "Existing cyber capacity building extended to AI; local AI ecosystems and young developers") { ContextReason = "A commitment between governments to extend cybersecurity capacity building to AI and grow local ecosystems. It asks nothing of a model; a model's security testing answers other clauses." },
            new Clause("para10", "Exchange of AI experience and co-created solutions to social problems") { ContextReason = "A commitment between governments to exchange experience and co-create solutions. It asks nothing of a model." },
            new Clause("para11", "Responsible use of AI respecting human-centred values, privacy and data governance"),
            new Clause("para12", "Transparency, action against false and manipulated information, respect for IP and copyright, and protection of people from bias, discrimination and misuse"),
            new Clause("para13", "Role of the private sector; AI benefits shared fairly among member states and generations") { ContextReason = "Recognises the private sector and encourages a fair sharing of AI's benefits among member states. It asks nothing of a model." },
            new Clause("para14", "Data Free Flow with Trust: lawful, secure cross-border data flows weighed against data protection, cybersecurity and IP"),
            new Clause("para15", "Security of networks and data, data protection and resilience to cyber attack as the footing for AI systems"),
            new Clause("para16", "Innovation within a trustworthy AI ecosystem that keeps risks low") { ContextReason = "A commitment between governments to promote innovation through co-creation. It asks nothing of a model." },
        })
    {
        Note = "The seed of this project. Clause ids are the numbered paragraphs of the English text (para1 to para16). Every paragraph is a commitment of the ministers; the paragraphs about what AI systems should be (1, 2, 5, 11, 12, 14, 15) are the ones a model's declarations can answer, and the others are context.",
    };
}
