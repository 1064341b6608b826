using static AiCompliance.Policy.Frameworks.Confidence;

namespace AiCompliance.Policy.Frameworks;

// Data only: ids and confidence marks from the project's research crosswalk, titles paraphrased for this project.
public static partial class FrameworkCatalog
{
    [ListedAt(110)]
    private static Framework UngaResolution78265() => new(
        "unga-78-265",
        "UN General Assembly resolution A/RES/78/265, Seizing the opportunities of safe, secure and trustworthy artificial intelligence systems for sustainable development",
        "adopted 21 March 2024",
        "2024-03-21",
        "United Nations General Assembly",
        "non-binding resolution addressed to Member States and other stakeholders",
        "https://undocs.org/A/RES/78/265",
        new[]
        {
            new Clause("T1", "Theme: identify, evaluate, test and reduce risks before and during use", Medium),
            new Clause("T2", "Theme: ways to report vulnerabilities, misuse and incidents", Medium),
            new Clause("T3", "Theme: notice, explanation and human oversight; review and redress of automated decisions", Medium),
            new Clause("T4", "Theme: security safeguards over the whole lifecycle", Medium),
            new Clause("T5", "Theme: authenticating and labelling AI content (e.g. watermarks); media literacy", Medium),
            new Clause("T6", "Theme: privacy and protection of personal data", Medium),
            new Clause("T7", "Theme: protect intellectual property, copyright included", Medium),
            new Clause("T8", "Theme: data that is representative and free of discrimination; cross-border data flows built on trust", Low),
            new Clause("T9", "Theme: assess impacts and watch risks from design to retirement", Medium),
            new Clause("T10", "Theme: human rights over the lifecycle; inclusion; closing digital divides", Medium),
        })
    {
        Note = "T1 to T10 are this project's grouping by theme of the measures the resolution encourages; they are not paragraph numbers.",
    };
}
