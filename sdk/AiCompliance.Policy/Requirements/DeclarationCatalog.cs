using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using AiCompliance.Policy.Frameworks;
using static AiCompliance.Policy.Frameworks.Confidence;

namespace AiCompliance.Policy.Requirements;

/// <summary>
/// The 24 declarations, when the recommended policy expects them, and the clauses that ask for them. References list
/// every framework of the table in <see cref="FrameworkCatalog.All"/> order, each with how directly that framework asks
/// for the declaration (its mapping confidence). docs/frameworks.md is generated from this table.
/// </summary>
public static class DeclarationCatalog
{
    public static IReadOnlyList<DeclarationDefinition> All { get; } = Array.AsReadOnly(new[]
    {
        new DeclarationDefinition(
            "system-identity",
            "System identity",
            "model identity",
            "Names the model or system, its version, kind and provider, and the base model it derives from, so that every other declaration points at one artefact.",
            null,
            RequirementLevel.Always,
            true,
            "[AiModel]",
            Refs(
                On("asean-japan-2026", High, "para1"),
                On("asean-guide-2024", Medium, "B6", "C1", "C4"),
                On("asean-genai-2025", Medium, "REC-1", "REC-3"),
                On("hiroshima-coc", Medium, "A3"),
                On("oecd-haip-rf", Medium, "RF-3"),
                On("jp-aigfb", Medium, "II-C6", "II-C7", "D-7ii", "P-6i"),
                On("eu-ai-act", High, "Art11", "AnnexIV-1", "Art13(3)(a)", "Art16", "Art49", "Art53(1)(a)", "AnnexXI"),
                On("nist-ai-rmf", High, "GOVERN-1.6", "MAP-2.1", "MANAGE-3.2"),
                On("aiverify", Medium, "AIV-03", "AIV-01"),
                On("iso-42001", High, "A.4.2", "A.6.2.3", "A.6.2.7", "A.8.2", "A.10.3"),
                On("vn-ai-law-2025", Low, "VN-CLS")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: providers of high-risk systems describe the system in the technical documentation (Art11, Annex IV point 1), name themselves in the instructions (Art13(3)(a)) and on the system (Art16); providers of general-purpose models document the model (Art53(1)(a)).",
                "Viet Nam AI law: medium- and high-risk systems need a classification dossier and a notification before use (article number not confirmed).",
            },
        },
        new DeclarationDefinition(
            "intended-purpose",
            "Intended purpose",
            "intended use",
            "States what the system is for, who uses it and who is affected, and which uses are out of scope or foreseeable misuse.",
            "AIC102",
            RequirementLevel.Always,
            true,
            "[IntendedUse]",
            Refs(
                On("asean-japan-2026", High, "para12"),
                On("asean-guide-2024", Medium, "B1", "B4", "C4", "AnnexA"),
                On("asean-genai-2025", Medium, "REC-3"),
                On("hiroshima-coc", High, "A3"),
                On("oecd-haip-rf", Medium, "RF-3"),
                On("jp-aigfb", Medium, "II-C2", "II-C6", "D-2iii", "P-2ii", "U-2i"),
                On("eu-ai-act", High, "Art9", "Art13(3)(b)", "AnnexIV-1", "Art26", "Art53(1)(b)", "AnnexXII"),
                On("nist-ai-rmf", High, "MAP-1.1", "MAP-3.3", "MANAGE-1.1"),
                On("aiverify", High, "AIV-01"),
                On("iso-42001", High, "A.6.2.2", "A.9.4", "A.8.2"),
                On("unga-78-265", Low, "T3")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: for high-risk systems the intended purpose goes into the instructions (Art13(3)(b)(i)) and the technical documentation (Annex IV point 1(a)), and risk management covers foreseeable misuse (Art9(2)(b)); providers of general-purpose models tell downstream providers what tasks the model is meant for (Annex XII).",
            },
        },
        new DeclarationDefinition(
            "known-limitations",
            "Known limitations",
            "known limitations",
            "Records where the system works poorly, how it fails and which risks remain after mitigation.",
            "AIC103",
            RequirementLevel.Always,
            false,
            "[KnownLimitation]",
            Refs(
                On("asean-guide-2024", Medium, "B1", "B7", "C4"),
                On("asean-genai-2025", Medium, "RISK-1", "RISK-2", "REC-3"),
                On("hiroshima-coc", High, "A3"),
                On("oecd-haip-rf", Medium, "RF-3"),
                On("jp-aigfb", Medium, "II-C6", "D-6ii", "P-6ii"),
                On("eu-ai-act", High, "Art13(3)(b)", "AnnexIV-3", "Art53(1)(b)", "AnnexXII"),
                On("nist-ai-rmf", High, "MAP-2.2", "MEASURE-2.5", "MANAGE-1.4"),
                On("aiverify", Medium, "AIV-01"),
                On("iso-42001", High, "A.8.2", "A.6.2.7")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: the instructions for a high-risk system state its performance limits (Art13(3)(b)) and the technical documentation describes them (Annex IV point 3); providers of general-purpose models pass limitations on to downstream providers (Annex XII).",
            },
        },
        new DeclarationDefinition(
            "risk-classification",
            "Risk classification",
            "risk profile",
            "Gives the risk level the team assigns and the sectors the system is used in, which decide what else the system must declare.",
            "AIC101",
            RequirementLevel.Always,
            true,
            "[RiskProfile]",
            Refs(
                On("asean-japan-2026", High, "para2"),
                On("asean-guide-2024", High, "C2", "AnnexA", "B3"),
                On("asean-genai-2025", Low, "REC-3"),
                On("hiroshima-coc", Medium, "A1", "A5"),
                On("oecd-haip-rf", Medium, "RF-1"),
                On("jp-aigfb", Medium, "II-E", "II-C2"),
                On("eu-ai-act", High, "Art5", "Art6(1)", "Art6(2)", "Art6(3)", "Art6(4)", "AnnexIII-1", "AnnexIII-2", "AnnexIII-3", "AnnexIII-4", "AnnexIII-5", "AnnexIII-5a", "AnnexIII-5b", "AnnexIII-5c", "AnnexIII-5d", "AnnexIII-6", "AnnexIII-7", "AnnexIII-8", "Art49", "Art51"),
                On("nist-ai-rmf", High, "GOVERN-1.3", "MAP-1.1", "MAP-1.5"),
                On("aiverify", Medium, "AIV-04"),
                On("iso-42001", Medium, "A.5.2"),
                On("vn-ai-law-2025", Low, "VN-CLS", "VN-Art14", "VN-Art15")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: systems are classified under Art6; a provider who considers an Annex III system not high risk documents why (Art6(4)); high-risk systems are registered (Art49).",
                "Viet Nam AI law: providers must classify their own systems.",
            },
        },
        new DeclarationDefinition(
            "risk-impact-assessment",
            "Risk and impact assessment",
            "impact assessment",
            "Points to the assessment of the system's risks and of its impact on people and society, with its date and outcome.",
            "AIC104",
            RequirementLevel.HighRisk,
            false,
            "[ImpactAssessment]",
            Refs(
                On("asean-japan-2026", High, "para2"),
                On("asean-guide-2024", High, "AnnexA", "C2", "B3"),
                On("asean-genai-2025", Medium, "REC-3", "REC-5"),
                On("hiroshima-coc", High, "A1", "A5"),
                On("oecd-haip-rf", Medium, "RF-1", "RF-2"),
                On("jp-aigfb", Medium, "II-E", "D-2ii", "P-2i"),
                On("eu-ai-act", High, "Art9", "AnnexIV-5", "Art27", "Art55(1)"),
                On("nist-ai-rmf", High, "MAP-5.1", "GOVERN-4.2", "MANAGE-1.3"),
                On("aiverify", Medium, "AIV-04", "AIV-11"),
                On("iso-42001", High, "A.5.2", "A.5.3", "A.5.4", "A.5.5"),
                On("unga-78-265", Medium, "T9"),
                On("vn-ai-law-2025", Low, "VN-Art14", "VN-Art27")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: providers of high-risk systems run a risk management system (Art9); public bodies, providers of public services and deployers of credit-scoring or life and health insurance systems carry out a fundamental-rights impact assessment (Art27); general-purpose models with systemic risk are evaluated and their risks mitigated (Art55).",
                "Viet Nam AI law: risk management for high-risk systems and an impact report for public-sector use (article numbers not confirmed).",
            },
        },
        new DeclarationDefinition(
            "human-oversight",
            "Human oversight",
            "human oversight",
            "Says how people supervise the system (in, over or out of the loop), who does it, and how an output can be overridden or the system stopped.",
            "AIC105",
            RequirementLevel.UnlessMinimalRisk,
            false,
            "[HumanOversight]",
            Refs(
                On("asean-japan-2026", High, "para1"),
                On("asean-guide-2024", High, "C2", "C2.HITL", "C2.HOTL", "C2.HOOTL", "B4"),
                On("asean-genai-2025", Low, "RISK-1", "REC-3"),
                On("hiroshima-coc", Low, "A1"),
                On("jp-aigfb", Medium, "II-C1", "II-C3", "U-2i"),
                On("eu-ai-act", High, "Art14", "Art14(4)(b)", "Art14(4)(d)", "Art14(4)(e)", "Art13(3)(d)", "AnnexIV-2", "Art26"),
                On("nist-ai-rmf", High, "GOVERN-3.2", "MAP-2.2", "MAP-3.5", "MANAGE-2.4"),
                On("aiverify", High, "AIV-10"),
                On("iso-42001", Low, "A.9.2", "A.9.3", "A.6.2.2"),
                On("unga-78-265", Medium, "T3"),
                On("vn-ai-law-2025", Medium, "VN-Art4", "VN-Art27")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: high-risk systems are designed for human oversight (Art14) and deployers assign competent people to it (Art26(2)).",
                "Viet Nam AI law: a principle of human control and intervention, and a public-sector rule that AI supports decisions rather than taking them (article numbers not confirmed).",
            },
        },
        new DeclarationDefinition(
            "accountable-owner",
            "Accountable owner",
            "accountable owner",
            "Names the organisation and role answerable for the system and a way to reach them.",
            "AIC106",
            RequirementLevel.Always,
            true,
            "[AccountableOwner]",
            Refs(
                On("asean-japan-2026", High, "para1"),
                On("asean-guide-2024", High, "B6", "C1"),
                On("asean-genai-2025", Medium, "REC-1"),
                On("hiroshima-coc", Medium, "A5"),
                On("oecd-haip-rf", Medium, "RF-4"),
                On("jp-aigfb", High, "II-C7", "II-E", "III", "IV", "V", "D-7i", "P-7i"),
                On("eu-ai-act", High, "Art13(3)(a)", "Art16", "Art17", "Art22", "Art25", "Art26"),
                On("nist-ai-rmf", High, "GOVERN-2.1", "GOVERN-2.3", "GOVERN-6.1"),
                On("aiverify", High, "AIV-09"),
                On("iso-42001", High, "A.3.2", "A.3.3", "A.10.2")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: providers identify themselves (Art16), providers outside the EU appoint an authorised representative (Art22), and duties are allocated along the value chain (Art25).",
            },
        },
        new DeclarationDefinition(
            "data-provenance",
            "Data provenance",
            "data provenance",
            "Identifies the datasets the model was trained, tuned and tested on, or the base model it builds on, and where that data came from.",
            "AIC107",
            RequirementLevel.Always,
            false,
            "[TrainedOn] or AiModel.BaseModel",
            Refs(
                On("asean-japan-2026", High, "para11"),
                On("asean-guide-2024", Medium, "B5", "C3", "B2"),
                On("asean-genai-2025", High, "REC-2"),
                On("hiroshima-coc", High, "A11", "A1"),
                On("oecd-haip-rf", Medium, "RF-2"),
                On("jp-aigfb", Medium, "II-C2", "II-C6", "D-2i", "D-3i", "D-7ii"),
                On("eu-ai-act", High, "Art10(2)", "Art10(3)", "AnnexIV-2", "Art13(3)(b)", "Art53(1)(d)", "AnnexXI"),
                On("nist-ai-rmf", High, "MAP-2.3", "MAP-4.1", "GOVERN-6.1"),
                On("aiverify", High, "AIV-08", "AIV-03"),
                On("iso-42001", High, "A.4.3", "A.7.2", "A.7.3", "A.7.4", "A.7.5", "A.7.6"),
                On("unga-78-265", Low, "T8"),
                On("vn-ai-law-2025", Low, "VN-Art14")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: data-governance practices for the training, validation and test data of high-risk systems (Art10(2)), recorded in the technical documentation (Annex IV point 2(d)); providers of general-purpose models publish a summary of the training content (Art53(1)(d)).",
            },
        },
        new DeclarationDefinition(
            "ip-copyright",
            "Intellectual property and licences",
            "licence",
            "Declares the licence of a generative model, and of every dataset any model is trained or evaluated on, so that intellectual-property and copyright duties can be checked. A non-generative model owes no licence of its own, but the data it names does; data of one's own declares its terms as a LicenseRef- (for example LicenseRef-Internal-Use), since the SDK cannot tell it from a third party's.",
            "AIC108",
            RequirementLevel.GenerativeOrNamesData,
            false,
            "AiModel.License and Dataset.License",
            Refs(
                On("asean-japan-2026", High, "para12", "para14"),
                On("asean-guide-2024", Low, "B6"),
                On("asean-genai-2025", High, "RISK-4", "REC-2"),
                On("hiroshima-coc", High, "A11"),
                On("jp-aigfb", Low, "D-2i", "II-C2"),
                On("eu-ai-act", High, "Art53(1)(c)", "Art53(1)(d)"),
                On("nist-ai-rmf", High, "GOVERN-6.1", "MAP-4.1"),
                On("aiverify", Low, "AIV-08"),
                On("iso-42001", Medium, "A.7.3", "A.10.3"),
                On("unga-78-265", Medium, "T7")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: providers of general-purpose models keep a policy for complying with EU copyright law and publish a summary of the training content (Art53(1)(c) and (d)).",
            },
        },
        new DeclarationDefinition(
            "personal-data",
            "Personal data",
            "legal basis for personal data",
            "States whether a dataset holds personal data and the legal basis on which it is processed.",
            "AIC109",
            RequirementLevel.Always,
            false,
            "Dataset.LegalBasis",
            Refs(
                On("asean-japan-2026", High, "para11", "para14", "para15"),
                On("asean-guide-2024", High, "B5"),
                On("asean-genai-2025", High, "RISK-5", "REC-2"),
                On("hiroshima-coc", High, "A11", "A5"),
                On("oecd-haip-rf", Medium, "RF-2"),
                On("jp-aigfb", High, "II-C4", "D-2i", "P-4i", "P-4ii", "U-4i"),
                On("eu-ai-act", Medium, "Art10(2)", "Art10(5)"),
                On("nist-ai-rmf", High, "MEASURE-2.10"),
                On("aiverify", Medium, "AIV-08"),
                On("iso-42001", Low, "A.7.2", "A.7.3", "A.5.4"),
                On("unga-78-265", Medium, "T6"),
                On("vn-ai-law-2025", Low, "VN-Art4")))
        {
            BindingBasis = new[]
            {
                "Data-protection law is the binding source (for example the GDPR, Japan's APPI, Singapore's PDPA and Viet Nam's personal-data law); the EU AI Act adds conditions for using special categories of personal data to detect bias (Art10(5)).",
            },
        },
        new DeclarationDefinition(
            "data-residency",
            "Data residency and transfers",
            "data residency",
            "Says where data is stored and processed and which mechanism covers each transfer across borders.",
            "AIC110",
            RequirementLevel.HighRisk,
            false,
            "[DataResidency] and [DataTransfer]",
            Refs(
                On("asean-japan-2026", High, "para14", "para15"),
                On("asean-guide-2024", Low, "B5"),
                On("asean-genai-2025", Low, "REC-2"),
                On("hiroshima-coc", Low, "A11"),
                On("jp-aigfb", Low, "II-C4", "II-C5"),
                On("nist-ai-rmf", Medium, "GOVERN-1.1", "MAP-4.1"),
                On("aiverify", Medium, "AIV-08"),
                On("iso-42001", Low, "A.4.3", "A.7.3"),
                On("unga-78-265", Low, "T8")))
        {
            BindingBasis = new[]
            {
                "Transfer rules come from data-protection law (GDPR Chapter V, Japan's APPI rules on transfers abroad, ASEAN data-governance instruments such as the Model Contractual Clauses); the EU AI Act has no transfer rule of its own.",
            },
        },
        new DeclarationDefinition(
            "fairness-evaluation",
            "Fairness evaluation",
            "fairness assessment",
            "Records how outcomes were compared across groups of people, with which metrics and results, and what was done about the gaps found.",
            "AIC111",
            RequirementLevel.UnlessMinimalRisk,
            false,
            "[FairnessAssessment]",
            Refs(
                On("asean-japan-2026", High, "para12"),
                On("asean-guide-2024", High, "B2", "C3"),
                On("asean-genai-2025", Medium, "RISK-6", "REC-5"),
                On("hiroshima-coc", Medium, "A1"),
                On("oecd-haip-rf", Medium, "RF-1"),
                On("jp-aigfb", High, "II-C3", "D-3i", "D-3ii", "P-3i", "U-3i"),
                On("eu-ai-act", High, "Art10(2)", "Art10(3)", "Art10(5)", "AnnexIV-2", "AnnexIV-3", "Art13(3)(b)"),
                On("nist-ai-rmf", High, "MEASURE-2.11", "MAP-2.3", "MEASURE-2.2"),
                On("aiverify", High, "AIV-07", "AIV-08"),
                On("iso-42001", Medium, "A.5.4", "A.7.4", "A.6.2.4"),
                On("unga-78-265", Low, "T8"),
                On("vn-ai-law-2025", Low, "VN-Art4")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: providers of high-risk systems examine data for bias and mitigate it (Art10(2)(f) and (g)) and document metrics by group (Annex IV points 2(g) and 3).",
            },
        },
        new DeclarationDefinition(
            "performance-evaluation",
            "Performance evaluation",
            "performance evaluation",
            "Records the metrics, datasets and results that show how accurately and robustly the system performs.",
            "AIC112",
            RequirementLevel.Always,
            false,
            "[Evaluation]",
            Refs(
                On("asean-guide-2024", High, "B7", "C3"),
                On("asean-genai-2025", High, "REC-5", "REC-3", "RISK-2"),
                On("hiroshima-coc", High, "A1", "A3"),
                On("oecd-haip-rf", Medium, "RF-1", "RF-3"),
                On("jp-aigfb", Medium, "II-C2", "D-2ii", "D-6i"),
                On("eu-ai-act", High, "Art9", "Art15", "Art15(3)", "AnnexIV-2", "AnnexIV-4", "Art13(3)(b)", "Art53(1)(a)", "AnnexXI"),
                On("nist-ai-rmf", High, "MEASURE-1.1", "MEASURE-2.1", "MEASURE-2.3", "MEASURE-2.5", "MEASURE-2.6", "MEASURE-2.13"),
                On("aiverify", High, "AIV-06", "AIV-03", "AIV-04"),
                On("iso-42001", High, "A.6.2.4"),
                On("unga-78-265", Medium, "T1"),
                On("vn-ai-law-2025", Low, "VN-Art14")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: high-risk systems reach appropriate accuracy and robustness (Art15), documented with their metrics (Annex IV points 2(g) and 4); providers of general-purpose models document evaluation results (Art53(1)(a), Annex XI).",
            },
        },
        new DeclarationDefinition(
            "security-testing",
            "Security testing",
            "security assessment",
            "Records which security tests were run against the system (red-teaming, prompt injection, poisoning, model extraction and so on) and when.",
            "AIC113",
            RequirementLevel.UnlessMinimalRisk,
            false,
            "[SecurityAssessment]",
            Refs(
                On("asean-japan-2026", High, "para15"),
                On("asean-guide-2024", High, "B3"),
                On("asean-genai-2025", High, "REC-6", "REC-5"),
                On("hiroshima-coc", High, "A1", "A2", "A6"),
                On("oecd-haip-rf", Medium, "RF-2"),
                On("jp-aigfb", High, "II-C5", "D-5i", "D-5ii", "P-5i", "P-5ii", "U-5i"),
                On("eu-ai-act", High, "Art15", "Art15(5)", "AnnexIV-2", "Art55(1)"),
                On("nist-ai-rmf", High, "MEASURE-2.7", "MEASURE-2.6", "MANAGE-2.3"),
                On("aiverify", High, "AIV-05", "AIV-06"),
                On("iso-42001", Low, "A.6.2.4", "A.6.1.3"),
                On("unga-78-265", Medium, "T4", "T1"),
                On("vn-ai-law-2025", Low, "VN-Art4")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: high-risk systems resist AI-specific attacks (Art15(5)), documented under Annex IV point 2(h); general-purpose models with systemic risk undergo adversarial testing and keep adequate cybersecurity (Art55(1)).",
            },
        },
        new DeclarationDefinition(
            "safety-evaluation",
            "Safety benchmark or red-teaming result",
            "safety or red-teaming result",
            "At least one measured safety benchmark or red-teaming result ([Evaluation] with Kind = Safety or RedTeaming) per declared language, so harmful output is tested where the model is used, not only in English.",
            "AIC121",
            RequirementLevel.GenerativeOrHighRiskPublicService,
            false,
            "[Evaluation] and Evaluation.Kind",
            Refs(
                On("asean-genai-2025", Medium, "REC-5"),
                On("hiroshima-coc", High, "A1"),
                On("jp-aisi-eval", Medium, "EP-1", "EP-4", "RT"),
                On("eu-ai-act", Medium, "Art55(1)"),
                On("nist-ai-rmf", Medium, "MEASURE-2.6", "MEASURE-2.7"),
                On("aiverify", Medium, "AIV-04", "AIV-MS")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: providers of general-purpose models with systemic risk evaluate them with standardised protocols, including adversarial testing (Art55(1)); for other models the expectation is this project's reading of voluntary frameworks.",
            },
        },
        new DeclarationDefinition(
            LanguageCoverage.EvaluationDeclarationId,
            "Performance result per language",
            "performance result",
            "At least one task-performance result ([Evaluation] of Kind Performance) measured in each declared language, so that how well the system serves each language community is known rather than assumed from English or from the overall figure.",
            "AIC123",
            RequirementLevel.GenerativeOrHighRisk,
            false,
            "[Evaluation] and Evaluation.Language",
            Refs(
                On("asean-japan-2026", Medium, "para1", "para5"),
                On("asean-guide-2024", Low, "B2", "C3"),
                On("asean-genai-2025", Medium, "RISK-6", "REC-5"),
                On("eu-ai-act", Low, "Art10(4)"),
                On("nist-ai-rmf", Medium, "MEASURE-2.3")))
        {
            BindingBasis = new[]
            {
                "No binding text asks for results per language; the nearest duty is the EU AI Act's requirement that the data of a high-risk system suit the setting it is used in (Art10(4)), and reading languages into it is an inference.",
            },
        },
        new DeclarationDefinition(
            "explainability",
            "Explainability",
            "explainability",
            "Describes how outputs can be explained to deployers and to the people affected, or why they cannot be and what makes up for it.",
            "AIC114",
            RequirementLevel.HighRisk,
            false,
            "[Explainability]",
            Refs(
                On("asean-japan-2026", High, "para12"),
                On("asean-guide-2024", High, "B1"),
                On("asean-genai-2025", Low, "REC-3"),
                On("hiroshima-coc", Low, "A3"),
                On("jp-aigfb", Medium, "II-C6", "II-C7", "D-6i", "P-6ii", "U-7i"),
                On("eu-ai-act", Medium, "Art13(3)(b)", "Art14", "Art86"),
                On("nist-ai-rmf", High, "MEASURE-2.9"),
                On("aiverify", High, "AIV-02"),
                On("iso-42001", Low, "A.8.2"),
                On("unga-78-265", Medium, "T3")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: the instructions for a high-risk system cover its ability to explain outputs and how to read them (Art13(3)(b)(iv) and (vii)); people affected by decisions of Annex III systems may ask the deployer for an explanation (Art86).",
            },
        },
        new DeclarationDefinition(
            "ai-interaction-disclosure",
            "AI disclosure",
            "AI disclosure",
            "Describes how and when people are told that they are dealing with an AI system or are subject to an AI-assisted decision.",
            "AIC115",
            RequirementLevel.GenerativeOrHighRisk,
            false,
            "[AiDisclosure]",
            Refs(
                On("asean-japan-2026", High, "para12"),
                On("asean-guide-2024", High, "B1", "C4"),
                On("asean-genai-2025", Medium, "RISK-1", "REC-3"),
                On("hiroshima-coc", High, "A7"),
                On("oecd-haip-rf", Medium, "RF-3"),
                On("jp-aigfb", Medium, "II-C6", "P-6ii", "U-6i"),
                On("eu-ai-act", High, "Art50(1)", "Art50(3)", "Art50(5)", "Art26(11)"),
                On("nist-ai-rmf", Medium, "MEASURE-2.8", "MEASURE-3.3"),
                On("aiverify", High, "AIV-01"),
                On("iso-42001", Medium, "A.8.2", "A.8.5"),
                On("unga-78-265", Medium, "T3"),
                On("vn-ai-law-2025", Low, "VN-Art15")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: people are told that they are interacting with AI, or exposed to emotion recognition or biometric categorisation, clearly and at the first contact (Art50(1), (3) and (5), from 2026-08-02, whatever the risk tier); deployers of Annex III systems inform the people decisions are about (Art26(11)).",
                "Viet Nam AI law: transparency duties for medium-risk systems (article number not confirmed).",
            },
        },
        new DeclarationDefinition(
            LanguageCoverage.DisclosureDeclarationId,
            "AI disclosure per language",
            "AI disclosure",
            "Gives the AI disclosure in each declared language ([AiDisclosure] with Language; the one without a language is in the first), so that people are told they are dealing with AI in a language they read.",
            "AIC122",
            RequirementLevel.GenerativeOrHighRisk,
            false,
            "[AiDisclosure] and AiDisclosure.Language",
            Refs(
                On("asean-japan-2026", Medium, "para1", "para5"),
                On("asean-guide-2024", Low, "B1", "C4"),
                On("hiroshima-coc", Low, "A7"),
                On("eu-ai-act", Medium, "Art50(5)")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: the notices of Art50 are given in a clear and distinguishable manner and meet accessibility requirements (Art50(5)); a notice in a language the person does not read is this project's reading of 'clear', not the Act's words.",
            },
        },
        new DeclarationDefinition(
            "content-provenance",
            "Content provenance",
            "content provenance",
            "Describes how generated content is marked (visible labels, watermarks, metadata) so that it can be recognised as made by AI.",
            "AIC116",
            RequirementLevel.Generative,
            false,
            "[ContentProvenance]",
            Refs(
                On("asean-japan-2026", High, "para12"),
                On("asean-genai-2025", High, "REC-7", "RISK-2", "RISK-3"),
                On("hiroshima-coc", High, "A7"),
                On("oecd-haip-rf", Medium, "RF-5"),
                On("jp-aigfb", Medium, "II-D", "II-C6"),
                On("eu-ai-act", High, "Art50(2)", "Art50(4)"),
                On("nist-ai-rmf", Low, "MEASURE-2.8"),
                On("aiverify", Low, "AIV-01"),
                On("iso-42001", Low, "A.8.2"),
                On("unga-78-265", Medium, "T5"),
                On("vn-ai-law-2025", Low, "VN-Art15")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: providers of generative systems mark outputs in machine-readable form (Art50(2)) and deployers disclose deepfakes and AI-written text on matters of public interest (Art50(4)); both apply from 2026-08-02, with a reported grace period to 2026-12-02 for Art50(2) on systems already on the market.",
            },
        },
        new DeclarationDefinition(
            "languages-locales",
            "Languages and locales",
            "supported languages",
            "Lists the languages and locales the system is built and evaluated for.",
            "AIC117",
            RequirementLevel.GenerativeOrHighRisk,
            false,
            "[SupportedLanguages]",
            Refs(
                On("asean-japan-2026", High, "para1", "para5"),
                On("asean-guide-2024", Low, "B2", "B4", "C3"),
                On("asean-genai-2025", Medium, "RISK-6", "REC-2", "REC-9"),
                On("jp-aigfb", Low, "II-C1", "II-C3"),
                On("eu-ai-act", Medium, "Art10(4)", "Art10(3)", "Art50(5)"),
                On("nist-ai-rmf", Medium, "MAP-1.1", "MEASURE-2.2", "MEASURE-4.2"),
                On("aiverify", Low, "AIV-07", "AIV-11"),
                On("iso-42001", Low, "A.7.4", "A.5.5"),
                On("unga-78-265", Low, "T10"),
                On("vn-ai-law-2025", Low, "VN-Art4")))
        {
            BindingBasis = new[]
            {
                "No binding text names languages as such; the nearest duty is the EU AI Act's requirement that the data of a high-risk system reflect the setting in which it is used (Art10(4)), and reading languages into it is an inference.",
            },
        },
        new DeclarationDefinition(
            "logging-traceability",
            "Logging and traceability",
            "decision logging",
            "Describes which events and decisions are logged, for how long, and how a decision can be traced back to its inputs and model version.",
            "AIC118",
            RequirementLevel.HighRisk,
            false,
            "[DecisionLogging]",
            Refs(
                On("asean-japan-2026", High, "para1"),
                On("asean-guide-2024", Medium, "C3", "B6"),
                On("asean-genai-2025", Medium, "REC-2", "REC-4"),
                On("hiroshima-coc", High, "A1"),
                On("oecd-haip-rf", Medium, "RF-4"),
                On("jp-aigfb", Medium, "II-C7", "D-6i", "D-7ii"),
                On("eu-ai-act", High, "Art12", "Art19", "Art26", "Art13(3)(f)"),
                On("nist-ai-rmf", Medium, "MEASURE-2.8", "MEASURE-2.1"),
                On("aiverify", High, "AIV-03"),
                On("iso-42001", High, "A.6.2.8"),
                On("vn-ai-law-2025", Low, "VN-Art14")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: high-risk systems record events automatically (Art12), providers keep those logs (Art19) and deployers keep them for at least six months (Art26(6)).",
            },
        },
        new DeclarationDefinition(
            "monitoring-incidents",
            "Monitoring and incidents",
            "monitoring and incident contact",
            "Describes how the system is watched after release and where incidents are to be reported.",
            "AIC119",
            RequirementLevel.UnlessMinimalRisk,
            false,
            "[Monitoring]",
            Refs(
                On("asean-japan-2026", High, "para15"),
                On("asean-guide-2024", Medium, "C3", "B6", "C4"),
                On("asean-genai-2025", High, "REC-4"),
                On("hiroshima-coc", High, "A2", "A4"),
                On("oecd-haip-rf", Medium, "RF-4"),
                On("jp-aigfb", Medium, "II-E", "D-6ii", "P-5ii"),
                On("eu-ai-act", High, "Art72", "Art73", "AnnexIV-9", "Art26", "Art55(1)"),
                On("nist-ai-rmf", High, "GOVERN-1.7", "GOVERN-4.3", "MEASURE-2.4", "MEASURE-3.1", "MEASURE-3.3", "MANAGE-4.1", "MANAGE-4.3"),
                On("aiverify", Medium, "AIV-09", "AIV-04"),
                On("iso-42001", High, "A.6.2.6", "A.8.3", "A.8.4", "A.3.3"),
                On("unga-78-265", Medium, "T2"),
                On("vn-ai-law-2025", Low, "VN-Art12")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: providers of high-risk systems monitor them after release (Art72) and report serious incidents (Art73); general-purpose models with systemic risk report serious incidents too (Art55(1)).",
                "Viet Nam AI law: every actor detects, handles and reports incidents (Article 12 according to secondary summaries).",
            },
        },
        new DeclarationDefinition(
            "compute-energy",
            "Compute and energy",
            "compute footprint",
            "Records the compute, hardware and energy used to train the model and the resources needed to run it.",
            "AIC120",
            RequirementLevel.Generative,
            false,
            "[ComputeFootprint]",
            Refs(
                On("asean-guide-2024", Low, "B4"),
                On("hiroshima-coc", Low, "A9"),
                On("oecd-haip-rf", Medium, "RF-7"),
                On("jp-aigfb", Low, "II-C2"),
                On("eu-ai-act", Medium, "AnnexXI", "Art53(1)(a)", "AnnexIV-2", "Art13(3)(e)", "Art51"),
                On("nist-ai-rmf", High, "MEASURE-2.12"),
                On("aiverify", Medium, "AIV-11"),
                On("iso-42001", Medium, "A.4.5", "A.5.5"),
                On("vn-ai-law-2025", Low, "VN-Art4")))
        {
            BindingBasis = new[]
            {
                "EU AI Act: the documentation of a general-purpose model includes training compute and known or estimated energy consumption (Annex XI, Section 1, points 2(d) and 2(e)); for high-risk systems the documentation and instructions cover computational resources but not energy (Annex IV point 2(c), Art13(3)(e)).",
            },
        },
    });

    public static DeclarationDefinition? Find(string id)
    {
        foreach (var declaration in All)
        {
            if (declaration.Id == id)
            {
                return declaration;
            }
        }

        return null;
    }

    public static DeclarationDefinition Get(string id) =>
        Find(id) ?? throw new ArgumentException("The declaration table has no '" + id + "'.", nameof(id));

    /// <summary>The clauses of one framework that ask for a declaration, all with the same mapping confidence.</summary>
    private static ClauseReference[] On(string frameworkId, Confidence mappingConfidence, params string[] clauseIds)
    {
        var references = new ClauseReference[clauseIds.Length];
        for (var i = 0; i < clauseIds.Length; i++)
        {
            references[i] = new ClauseReference(frameworkId, clauseIds[i], mappingConfidence);
        }

        return references;
    }

    private static ReadOnlyCollection<ClauseReference> Refs(params ClauseReference[][] groups)
    {
        var all = new List<ClauseReference>();
        foreach (var group in groups)
        {
            all.AddRange(group);
        }

        return all.AsReadOnly();
    }
}
