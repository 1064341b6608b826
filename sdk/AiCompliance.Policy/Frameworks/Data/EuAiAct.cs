using static AiCompliance.Policy.Frameworks.Confidence;

namespace AiCompliance.Policy.Frameworks;

// Data only: ids and confidence marks from the project's research crosswalk, titles paraphrased for this project.
public static partial class FrameworkCatalog
{
    [ListedAt(70)]
    private static Framework EuAiAct() => new(
        "eu-ai-act",
        "Artificial Intelligence Act, Regulation (EU) 2024/1689",
        "OJ of 12 July 2024, in force 1 August 2024; as amended by the Digital Omnibus on AI (Regulation (EU) 2026/1744)",
        "2024-07-12",
        "European Parliament and Council of the European Union",
        "binding law; reaches systems placed on the market or used in the EU, wherever the provider is established",
        "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
        new[]
        {
            new Clause("Art4", "Staff working with AI have sufficient AI literacy"),
            new Clause("Art5", "Banned AI practices, including, since the 2026 amendment (to verify), AI systems that generate non-consensual intimate or sexual imagery of real people or child sexual abuse material", High, "To verify: the prohibition added by the Digital Omnibus on AI (Regulation (EU) 2026/1744), reported to apply from 2026-12-02, is known here from secondary reports only; its wording and point number in Article 5 are to verify against the Official Journal.")
            {
                Source = "Regulation (EU) 2024/1689 Art 5 (OJ L, 12.7.2024); new prohibition: provisional agreement of 7 May 2026 and Council adoption of 29 June 2026 as reported by law-firm notes (e.g. CMS, DLA Piper), to verify",
            },
            new Clause("Art6(1)", "High risk as a product, or safety component of one, under the Annex I legislation (e.g. medical devices)"),
            new Clause("Art6(2)", "High risk because the use is listed in Annex III"),
            new Clause("Art6(3)", "Exception for Annex III systems without significant risk; profiling of people is always high risk"),
            new Clause("Art6(4)", "A provider who claims an Annex III system is not high risk records the assessment before release"),
            new Clause("AnnexIII-1", "Annex III area 1: biometric systems"),
            new Clause("AnnexIII-2", "Annex III area 2: critical infrastructure"),
            new Clause("AnnexIII-3", "Annex III area 3: education and vocational training"),
            new Clause("AnnexIII-4", "Annex III area 4: employment and management of workers"),
            new Clause("AnnexIII-5", "Annex III area 5: essential services and benefits, public or private"),
            new Clause("AnnexIII-5a", "Annex III 5(a): authorities deciding eligibility for public benefits and services, healthcare included"),
            new Clause("AnnexIII-5b", "Annex III 5(b): credit scoring and creditworthiness of people (fraud detection excepted)"),
            new Clause("AnnexIII-5c", "Annex III 5(c): risk assessment and pricing for life and health insurance"),
            new Clause("AnnexIII-5d", "Annex III 5(d): handling emergency calls, dispatch and emergency triage of patients"),
            new Clause("AnnexIII-6", "Annex III area 6: law enforcement"),
            new Clause("AnnexIII-7", "Annex III area 7: migration, asylum and border management"),
            new Clause("AnnexIII-8", "Annex III area 8: justice and democratic processes"),
            new Clause("Art9", "Lifecycle risk management, covering foreseeable misuse and testing"),
            new Clause("Art10", "Data and data governance for high-risk systems"),
            new Clause("Art10(2)", "Data practices: design choices, origin and collection, preparation, assumptions, bias checks and fixes, gaps"),
            new Clause("Art10(3)", "Data sets relevant, representative, as free of errors and complete as possible, with fitting group statistics"),
            new Clause("Art10(4)", "Data suited to the place, context, behaviour and function the system will be used in"),
            new Clause("Art10(5)", "Narrow permission to process special categories of personal data to find and fix bias"),
            new Clause("Art11", "Technical documentation drawn up before release"),
            new Clause("AnnexIV-1", "Annex IV point 1: general description (purpose, provider, version, interfaces, instructions)"),
            new Clause("AnnexIV-2", "Annex IV point 2: how the system was built (design, architecture, compute, data sheets, oversight, validation and bias metrics, cybersecurity)"),
            new Clause("AnnexIV-3", "Annex IV point 3: monitoring, functioning and control (capabilities, limits, accuracy per group, foreseeable risks, input specifications)"),
            new Clause("AnnexIV-4", "Annex IV point 4: why the chosen performance metrics fit"),
            new Clause("AnnexIV-5", "Annex IV point 5: the risk management system"),
            new Clause("AnnexIV-6", "Annex IV point 6: changes made over the lifecycle"),
            new Clause("AnnexIV-7", "Annex IV point 7: harmonised standards or other solutions applied"),
            new Clause("AnnexIV-8", "Annex IV point 8: copy of the EU declaration of conformity"),
            new Clause("AnnexIV-9", "Annex IV point 9: evaluating performance after release, with the post-market monitoring plan"),
            new Clause("Art12", "Events recorded automatically (logs) throughout the system's life"),
            new Clause("Art13", "Transparency towards deployers; instructions for use"),
            new Clause("Art13(3)(a)", "Instructions name the provider and give contact details"),
            new Clause("Art13(3)(b)", "Instructions describe characteristics, capabilities and performance limits (purpose, accuracy, robustness, risks, explanations, group performance, input data, reading outputs)"),
            new Clause("Art13(3)(d)", "Instructions describe the human oversight measures"),
            new Clause("Art13(3)(e)", "Instructions give compute and hardware needs, expected lifetime and maintenance"),
            new Clause("Art13(3)(f)", "Instructions explain how to collect, store and read the logs"),
            new Clause("Art14", "Designed so that people can oversee it effectively"),
            new Clause("Art14(4)(b)", "Overseers stay alert to automation bias"),
            new Clause("Art14(4)(d)", "Overseers can ignore, override or reverse an output"),
            new Clause("Art14(4)(e)", "Overseers can interrupt or halt the system"),
            new Clause("Art15", "Appropriate levels of accuracy, robustness and cybersecurity over the lifecycle"),
            new Clause("Art15(3)", "Instructions state the accuracy reached and the metrics used"),
            new Clause("Art15(5)", "Resists AI-specific attacks such as data or model poisoning, adversarial inputs and confidentiality attacks"),
            new Clause("Art16", "Provider duties, including putting the provider's name and contact on the system"),
            new Clause("Art17", "Provider runs a quality management system"),
            new Clause("Art19", "Provider keeps the automatically generated logs"),
            new Clause("Art22", "Providers outside the EU appoint an authorised representative"),
            new Clause("Art25", "Who carries which duty along the AI value chain"),
            new Clause("Art26", "Deployer duties: use as instructed, assign oversight, monitor, keep logs"),
            new Clause("Art26(11)", "Deployers tell people that an Annex III system is used in decisions about them", High, "Raised to high: Article 26(11) of the 2024 text says that deployers of Annex III systems that make or assist decisions about natural persons inform those persons; no report of the 2026 amendment renumbers it.")
            {
                Source = "Regulation (EU) 2024/1689 Art 26(11), OJ L, 12.7.2024",
            },
            new Clause("Art27", "Fundamental-rights impact assessment by public bodies, public-service providers and deployers of 5(b) and 5(c) systems"),
            new Clause("Art43", "Assessing conformity before release"),
            new Clause("Art49", "High-risk systems registered in the EU database"),
            new Clause("Art50(1)", "People are told they are interacting with an AI system"),
            new Clause("Art50(2)", "Synthetic audio, images, video and text carry machine-readable marking"),
            new Clause("Art50(3)", "People exposed to emotion recognition or biometric categorisation are informed"),
            new Clause("Art50(4)", "Deepfakes, and AI text published on matters of public interest, are disclosed"),
            new Clause("Art50(5)", "Notices are clear, given at the first interaction, and accessible"),
            new Clause("Art51", "When a general-purpose model has systemic risk"),
            new Clause("Art53(1)(a)", "GPAI: documentation for authorities on how the model was trained, tested and evaluated (Annex XI)"),
            new Clause("Art53(1)(b)", "GPAI: information for providers building on the model (Annex XII)"),
            new Clause("Art53(1)(c)", "GPAI: copyright-compliance policy that honours rights holders' opt-outs"),
            new Clause("Art53(1)(d)", "GPAI: publish a summary of the training content, using the AI Office template"),
            new Clause("Art55(1)", "GPAI with systemic risk: state-of-the-art evaluation incl. adversarial tests, risk mitigation, serious-incident reports, cybersecurity"),
            new Clause("Art72", "Provider watches the system after release under a monitoring plan"),
            new Clause("Art73", "Serious incidents reported to the market surveillance authorities"),
            new Clause("Art86", "Affected people may obtain an explanation of individual decisions (Annex III systems)"),
            new Clause("AnnexXI", "What GPAI technical documentation contains, training compute (Section 1 point 2(d)) and known or estimated energy consumption (Section 1 point 2(e)) included", High, "Energy item pinned to Annex XI, Section 1, point 2(e) of the 2024 text; no report of the 2026 amendment changes Annex XI.")
            {
                Source = "Regulation (EU) 2024/1689 Annex XI, Section 1, points 2(d) and 2(e), OJ L, 12.7.2024",
            },
            new Clause("AnnexXII", "What GPAI providers tell downstream providers"),
            new Clause("Art113", "Entry into force and application dates, as amended by the Digital Omnibus on AI", Medium, "Dates as amended in 2026 come from secondary reports; see the framework note.") { ContextReason = "The regulation's entry into force and application dates; they say when other articles apply and ask nothing by themselves." },
        })
    {
        Note = "Application dates after the 2026 amendment, from secondary reports (check the Official Journal): Art4 and Art5 from 2025-02-02, the prohibition the amendment adds to Art5 (non-consensual intimate imagery and child sexual abuse material) from 2026-12-02; general-purpose models from 2025-08-02 (models already on the market by 2027-08-02); Art50 from 2026-08-02, with a grace period to 2026-12-02 for Art50(2) on systems already on the market; Annex III high-risk systems from 2027-12-02; Annex I high-risk systems from 2028-08-02. The amending regulation's number is as reported and was not confirmed here.",
    };
}
