using static AiCompliance.Policy.Frameworks.Confidence;

namespace AiCompliance.Policy.Frameworks;

// Data only: titles paraphrased for this project; the EP numbering is the project's, in the order the guide lists them.
public static partial class FrameworkCatalog
{
    [ListedAt(65)]
    private static Framework JapanAisiEvaluationPerspectives() => new(
        "jp-aisi-eval",
        "Guide to Evaluation Perspectives on AI Safety (AIセーフティに関する評価観点ガイド), with the Guide to Red Teaming Methodology on AI Safety",
        "1.0 of September 2024 (to verify: later versions)",
        "2024-09",
        "Japan AI Safety Institute (J-AISI)",
        "voluntary guidance for developers and providers of AI systems built on large language models",
        "https://aisi.go.jp/",
        new[]
        {
            new Clause("EP-1", "Evaluation perspective: control of toxic output", Medium, "Perspective list from the guide's summary; numbering is this project's (to verify)."),
            new Clause("EP-2", "Evaluation perspective: prevention of misinformation, disinformation and manipulation", Medium, "Numbering is this project's (to verify)."),
            new Clause("EP-3", "Evaluation perspective: fairness and inclusion", Medium, "Numbering is this project's (to verify)."),
            new Clause("EP-4", "Evaluation perspective: addressing high-risk and unintended use", Medium, "Numbering is this project's (to verify)."),
            new Clause("EP-5", "Evaluation perspective: privacy protection", Medium, "Numbering is this project's (to verify)."),
            new Clause("EP-6", "Evaluation perspective: ensuring security", Medium, "Numbering is this project's (to verify)."),
            new Clause("EP-7", "Evaluation perspective: explainability", Medium, "Numbering is this project's (to verify)."),
            new Clause("EP-8", "Evaluation perspective: robustness", Medium, "Numbering is this project's (to verify)."),
            new Clause("EP-9", "Evaluation perspective: data quality", Medium, "Numbering is this project's (to verify)."),
            new Clause("EP-10", "Evaluation perspective: verifiability", Medium, "Numbering is this project's (to verify)."),
            new Clause("RT", "Red teaming: plan, run and report attacks from the attacker's view, before release and periodically", Medium, "From the companion Guide to Red Teaming Methodology on AI Safety (September 2024, to verify)."),
        })
    {
        Note = "Two companion guides of the Japan AI Safety Institute, cited together as the Japanese reference for safety evaluation and red teaming (issue 16). The ten perspectives and their order were taken from secondary summaries and are to verify against the official text.",
    };
}
