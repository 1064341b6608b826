using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Writers;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Frameworks;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.ModelCards.AnnexIv;

/// <summary>
/// Fills the points of Annex IV to Regulation (EU) 2024/1689 from a model's card. The sub-point letters follow the
/// 2024 text (to verify against the consolidated text after Regulation (EU) 2026/1744); the titles are the project's
/// own words. A sub-point the declarations could fill but do not gets a gap naming the declaration; what no declaration
/// can say (the declaration of conformity, signed test reports, the monitoring plan itself) is left to the provider.
/// </summary>
internal static class AnnexIvDraftBuilder
{
    private const string EuAiAct = "eu-ai-act";

    /// <summary>The declaration property that names a result's evidence file, once the SDK has it (issue 16).</summary>
    private const string EvidenceProperty = "Evidence";

    private const string EvidenceHashProperty = "EvidenceSha256";

    public static AnnexIvDraft Build(ModelCard card)
    {
        var fill = new Filler(card);
        var points = new[]
        {
            Point(1, "General description of the AI system", fill.GeneralDescription()),
            Point(2, "The system's elements and how it was developed", fill.Development()),
            Point(3, "Monitoring, functioning and control", fill.Functioning()),
            Point(4, "Why the performance metrics fit the system", fill.MetricFitness()),
            Point(5, "The risk management system (Art 9)", fill.RiskManagement()),
            Point(6, "Relevant changes over the lifecycle", fill.Changes()),
            Point(7, "Harmonised standards and other solutions applied", fill.Standards()),
            Point(8, "The EU declaration of conformity (Art 47)", Filler.DeclarationOfConformity()),
            Point(9, "Evaluating performance after release (Art 72)", fill.PostMarket()),
        };

        return new AnnexIvDraft(card, AnnexIvRelevance.For(card.Model), points);
    }

    private static AnnexIvPoint Point(int number, string title, IReadOnlyList<AnnexIvItem> items)
    {
        var clause = FrameworkCatalog.Find(EuAiAct)?.FindClause("AnnexIV-" + number.ToString(CultureInfo.InvariantCulture));
        return new AnnexIvPoint(number, title, clause?.Title ?? "Annex IV point " + number.ToString(CultureInfo.InvariantCulture), items);
    }

    private sealed class Filler
    {
        private readonly ModelCard _card;
        private readonly ModelDeclarations _model;

        public Filler(ModelCard card)
        {
            _card = card;
            _model = card.Model;
        }

        public AnnexIvItem[] GeneralDescription()
        {
            var identity = _model.Identity;
            var purpose = new AnnexIvItem("1(a)", "Intended purpose, provider and version");
            if (Require(purpose, DeclarationKinds.IntendedUse, "the intended purpose"))
            {
                var use = _model.IntendedUse!;
                purpose.Facts.Add(new Fact("Intended purpose", Value(use.Purpose)));
                purpose.Facts.Add(new Fact("Intended users", List(use.Users)));
                purpose.Facts.Add(new Fact("Out of scope", List(use.OutOfScope)));
            }

            purpose.Facts.Add(new Fact("Model", Run.User(_card.Title + (string.IsNullOrWhiteSpace(identity?.Id) ? "" : " (" + identity!.Id + ")"))));
            RequireProperty(purpose, DeclarationKinds.AiModel, "Provider", identity?.Provider, "the provider's name", "Provider");
            RequireProperty(purpose, DeclarationKinds.AiModel, "Version", identity?.Version, "the version of the system", "Version");
            purpose.ProviderParts.Add("How this version relates to the previous ones.");

            var interactions = new AnnexIvItem("1(b)", "Interaction with hardware, software and other AI systems");
            if (!string.IsNullOrWhiteSpace(identity?.BaseModel))
            {
                interactions.Facts.Add(new Fact("Built on", Run.User(identity!.BaseModel!)));
            }

            interactions.ProviderParts.Add("The hardware, software and other AI systems the system works with, where it does.");

            var software = new AnnexIvItem("1(c)", "Versions of the software and update requirements");
            software.Facts.Add(new Fact("Assembly", Run.User(CardDocumentBuilder.AssemblyText(_card.Source))));
            software.Facts.Add(new Fact("Assembly SHA-256", Run.Plain(_card.Source.Sha256)));
            software.ProviderParts.Add("Other relevant software or firmware versions, and what a version update requires.");

            var forms = new AnnexIvItem("1(d)", "Forms in which the system is placed on the market or put into service");
            forms.ProviderParts.Add("Every form of release: package, download, API, embedded in hardware.");

            var hardware = new AnnexIvItem("1(e)", "Hardware the system is meant to run on");
            hardware.ProviderParts.Add("The hardware of the deployment (the training hardware is under 2(c)).");

            var product = new AnnexIvItem("1(f)", "Product photographs or illustrations, when the system is a product component");
            product.ProviderParts.Add("Photographs or illustrations of external features, marking and internal layout, where the system is part of a product.");

            var userInterface = new AnnexIvItem("1(g)", "The user interface given to the deployer");
            if (Require(userInterface, DeclarationKinds.SupportedLanguages, "the languages the system serves"))
            {
                userInterface.Facts.Add(new Fact("Languages", List(_model.SupportedLanguages!.LanguageTags)));
            }

            foreach (var disclosure in _model.AiDisclosures)
            {
                var label = string.IsNullOrWhiteSpace(disclosure.Language) ? "Notice shown to people" : "Notice shown to people (" + disclosure.Language!.Trim() + ")";
                userInterface.Facts.Add(new Fact(label, Value(disclosure.Notice)));
            }

            userInterface.ProviderParts.Add("A basic description of the user interface.");

            var instructions = new AnnexIvItem("1(h)", "Instructions for use for the deployer");
            if (Require(instructions, DeclarationKinds.AccountableOwner, "who answers for the system, and how to reach them"))
            {
                var owner = _model.AccountableOwner!;
                instructions.Facts.Add(new Fact("Accountable owner", Value(owner.Owner)));
                instructions.Facts.Add(new Fact("Role", Value(owner.Role)));
                instructions.Facts.Add(new Fact("Contact", Value(owner.Contact)));
            }

            instructions.Facts.Add(new Fact("Model card", Run.Plain(_card.FileName + ".md, " + _card.FileName + ".html (written with this draft by the same tool)")));
            instructions.ProviderParts.Add("The instructions for use themselves (Art 13), of which the model card is one input.");
            return new[] { purpose, interactions, software, forms, hardware, product, userInterface, instructions };
        }

        public AnnexIvItem[] Development()
        {
            var identity = _model.Identity;
            var methods = new AnnexIvItem("2(a)", "Development methods and third-party components");
            methods.Facts.Add(new Fact("Kind of model", EnumWords(identity?.Kind)));
            if (!string.IsNullOrWhiteSpace(identity?.BaseModel))
            {
                methods.Facts.Add(new Fact("Pre-trained model used", Run.User(identity!.BaseModel!)));
            }

            methods.ProviderParts.Add("The steps of development, and how pre-trained systems or third-party tools were used, integrated or changed.");

            var design = new AnnexIvItem("2(b)", "Design specifications and key design choices");
            if (Require(design, DeclarationKinds.Explainability, "how the system's outputs are explained"))
            {
                design.Facts.Add(new Fact("Explanation method", Value(_model.Explainability!.Method)));
                design.Facts.Add(new Fact("Explanation", Value(_model.Explainability.Description)));
            }

            design.ProviderParts.Add("The general logic and algorithms, key design choices with their rationale and assumptions, what the system optimises for, the expected output and its quality, and the trade-offs made.");

            var architecture = new AnnexIvItem("2(c)", "Architecture and computational resources");
            if (Require(architecture, DeclarationKinds.ComputeFootprint, "the computational resources used to develop, train, test and validate the system"))
            {
                var compute = _model.ComputeFootprint!;
                architecture.Facts.Add(new Fact("Training energy (kWh)", Number(compute.TrainingEnergyKWh)));
                architecture.Facts.Add(new Fact("Emissions (kg CO2e)", Number(compute.Co2eKg)));
                architecture.Facts.Add(new Fact("Hardware", Value(compute.Hardware)));
                architecture.Facts.Add(new Fact("Region", Value(compute.Region)));
            }

            architecture.ProviderParts.Add("How the software components build on or feed into each other.");

            var data = new AnnexIvItem("2(d)", "Data requirements and datasheets of the training data");
            if (Require(data, DeclarationKinds.TrainedOn, "the training data sets"))
            {
                foreach (var dataset in _card.TrainingDatasets)
                {
                    data.Lines.Add(DatasetLine(dataset));
                }

                foreach (var undeclared in _card.UndeclaredDatasetIds)
                {
                    data.Gaps.Add(new AnnexIvGap(data.Label, "a datasheet for data set '" + undeclared + "' (named, never declared)", DeclarationKinds.Dataset, null, DeclarationStatuses.Text(DeclarationStatus.Missing)));
                }
            }

            data.ProviderParts.Add("How the data was obtained and selected, labelling procedures and data cleaning methods, where the declarations above do not say.");

            var oversight = new AnnexIvItem("2(e)", "Assessment of the human oversight measures (Art 14)");
            if (Require(oversight, DeclarationKinds.HumanOversight, "the human oversight measures"))
            {
                var human = _model.HumanOversight!;
                oversight.Facts.Add(new Fact("Oversight", EnumWords(human.Mode)));
                oversight.Facts.Add(new Fact("Reviewer", Value(human.Reviewer)));
                oversight.Facts.Add(new Fact("Can override an output", YesNo(human.CanOverride)));
                oversight.Facts.Add(new Fact("Can stop the system", YesNo(human.CanStop)));
                oversight.Facts.Add(new Fact("Justification", Value(human.Justification)));
            }

            oversight.ProviderParts.Add("The assessment of these measures, including the technical measures that help deployers read the outputs.");

            var changes = new AnnexIvItem("2(f)", "Pre-determined changes");
            changes.ProviderParts.Add("Changes to the system and its performance decided in advance, with how it keeps meeting the requirements, where there are any.");

            var testing = new AnnexIvItem("2(g)", "Validation and testing: procedures, data, metrics and reports");
            if (Require(testing, DeclarationKinds.Evaluation, "the validation and testing results and their metrics"))
            {
                foreach (var series in _card.Metrics)
                {
                    foreach (var result in series.Results)
                    {
                        testing.Lines.Add(ResultLine(result));
                        RequireEvidence(testing, DeclarationKinds.Evaluation, result.Declaration, "evaluation '" + CardDocumentBuilder.MetricName(result.Declaration.Metric ?? "") + "'");
                    }
                }

                foreach (var dataset in _card.EvaluationDatasets)
                {
                    testing.Lines.Add(new[] { Run.Plain("Test data: ") }.Concat(DatasetLine(dataset)).ToArray());
                }
            }

            if (Require(testing, DeclarationKinds.FairnessAssessment, "the measurement of potentially discriminatory impacts"))
            {
                foreach (var fairness in _card.Fairness)
                {
                    testing.Lines.Add(FairnessLine(fairness));
                    RequireEvidence(testing, DeclarationKinds.FairnessAssessment, fairness.Declaration, "fairness assessment '" + fairness.Declaration.ProtectedAttribute + "'");
                }
            }

            testing.ProviderParts.Add("The test logs and test reports, dated and signed by the people responsible.");

            var security = new AnnexIvItem("2(h)", "Cybersecurity measures");
            if (Require(security, DeclarationKinds.SecurityAssessment, "the security testing done"))
            {
                var assessment = _model.SecurityAssessment!;
                security.Facts.Add(new Fact("Tests", EnumWords(assessment.Tests)));
                security.Facts.Add(new Fact("Date", Value(assessment.Date)));
                security.Facts.Add(new Fact("Performed by", Value(assessment.PerformedBy)));
                security.Facts.Add(new Fact("Reference", Value(assessment.Reference)));
                security.Facts.Add(new Fact("Findings", Value(assessment.Findings)));
                RequireEvidence(security, DeclarationKinds.SecurityAssessment, assessment, "the security assessment");
            }

            security.ProviderParts.Add("The cybersecurity measures in place, beyond the tests above.");
            return new[] { methods, design, architecture, data, oversight, changes, testing, security };
        }

        public AnnexIvItem[] Functioning()
        {
            var capabilities = new AnnexIvItem("3", "Capabilities and limits of performance, per group and overall");
            if (Require(capabilities, DeclarationKinds.Evaluation, "the expected accuracy"))
            {
                foreach (var result in _card.Metrics.SelectMany(s => s.Results))
                {
                    capabilities.Lines.Add(ResultLine(result));
                }

                if (!_card.Metrics.SelectMany(s => s.Results).Any(r => !string.IsNullOrWhiteSpace(r.Slice)) && _card.Fairness.Count == 0)
                {
                    capabilities.Gaps.Add(new AnnexIvGap(capabilities.Label, "accuracy for the groups of people the system is used on (no result per slice)", DeclarationKinds.Evaluation, "Slice", DeclarationStatuses.Text(DeclarationStatus.Missing)));
                }
            }

            if (Require(capabilities, DeclarationKinds.KnownLimitation, "the known limits of performance"))
            {
                foreach (var limitation in _model.KnownLimitations)
                {
                    capabilities.Lines.Add(LimitationLine(limitation));
                }
            }

            var risks = new AnnexIvItem("3", "Foreseeable unintended outcomes and sources of risk");
            if (Require(risks, DeclarationKinds.ImpactAssessment, "the assessment of risks to health, safety and fundamental rights"))
            {
                risks.Facts.Add(new Fact("Impact assessment", Value(_model.ImpactAssessment!.Summary)));
            }

            foreach (var use in _model.IntendedUse?.OutOfScope ?? Array.Empty<string?>())
            {
                if (!string.IsNullOrWhiteSpace(use))
                {
                    risks.Lines.Add(new[] { Run.Plain("Foreseeable misuse (declared out of scope): "), Run.User(use!) });
                }
            }

            foreach (var fairness in _card.Fairness.Where(f => f.MeetsThreshold == false || !string.IsNullOrWhiteSpace(f.Declaration.Mitigation)))
            {
                risks.Lines.Add(FairnessLine(fairness));
            }

            risks.ProviderParts.Add("The sources of risk to health, safety, fundamental rights and of discrimination, in view of the intended purpose.");

            var oversight = new AnnexIvItem("3", "Human oversight and interpretation of outputs");
            if (Require(oversight, DeclarationKinds.HumanOversight, "the human oversight measures"))
            {
                oversight.Facts.Add(new Fact("Oversight", EnumWords(_model.HumanOversight!.Mode)));
                oversight.Facts.Add(new Fact("Reviewer", Value(_model.HumanOversight.Reviewer)));
            }

            if (_model.Explainability is { } explainability)
            {
                oversight.Facts.Add(new Fact("Explanation method", Value(explainability.Method)));
            }

            var input = new AnnexIvItem("3", "Specifications of the input data");
            foreach (var dataset in _card.TrainingDatasets.Where(d => d.Languages.Count > 0 || d.Regions.Count > 0))
            {
                var scope = (dataset.Regions.Count == 0 ? "" : "regions " + Join(dataset.Regions))
                    + (dataset.Regions.Count > 0 && dataset.Languages.Count > 0 ? "; " : "")
                    + (dataset.Languages.Count == 0 ? "" : "languages " + Join(dataset.Languages));
                input.Lines.Add(new[] { Run.Plain("Training data set "), Run.User(dataset.Id ?? ""), Run.Plain(": "), Run.User(scope) });
            }

            input.ProviderParts.Add("What input data the system expects, and what it must not be given.");
            return new[] { capabilities, risks, oversight, input };
        }

        public AnnexIvItem[] MetricFitness()
        {
            var metrics = new AnnexIvItem("4", "The metrics and the thresholds committed to");
            if (Require(metrics, DeclarationKinds.Evaluation, "the performance metrics"))
            {
                foreach (var series in _card.Metrics)
                {
                    var thresholds = series.Results.Where(r => r.Threshold is not null).Select(r => Numbers.Format(r.Threshold!.Value)).Distinct(StringComparer.Ordinal).ToList();
                    metrics.Lines.Add(new[]
                    {
                        Run.User(CardDocumentBuilder.MetricName(series.Metric)),
                        Run.Plain(": " + (series.HigherIsBetter ? "higher is better" : "lower is better")
                            + (thresholds.Count == 0 ? ", no threshold declared" : ", threshold " + string.Join(" / ", thresholds))
                            + ", " + series.Results.Count.ToString(CultureInfo.InvariantCulture) + " result" + (series.Results.Count == 1 ? "" : "s")),
                    });
                }
            }

            metrics.ProviderParts.Add("Why these metrics and thresholds are appropriate for this system and its intended purpose.");
            return new[] { metrics };
        }

        public AnnexIvItem[] RiskManagement()
        {
            var classification = new AnnexIvItem("5", "Risk classification");
            if (Require(classification, DeclarationKinds.RiskProfile, "the system's risk level and sectors"))
            {
                var risk = _model.RiskProfile!;
                classification.Facts.Add(new Fact("Risk level", risk.Level is { } level ? Run.Plain(EnumText.Name(level)) : Run.Plain(NotDeclared)));
                classification.Facts.Add(new Fact("Sectors", Run.Plain(risk.Sectors.Count == 0 ? "General" : string.Join(", ", risk.Sectors.Select(s => CardDocumentBuilder.Words(EnumText.Name(s)))))));
                classification.Facts.Add(new Fact("Rationale", Value(risk.Rationale)));
            }

            var assessment = new AnnexIvItem("5", "Risk and impact assessment");
            if (Require(assessment, DeclarationKinds.ImpactAssessment, "the risk and impact assessment"))
            {
                var impact = _model.ImpactAssessment!;
                assessment.Facts.Add(new Fact("Reference", Value(impact.Reference)));
                assessment.Facts.Add(new Fact("Date", Value(impact.Date)));
                assessment.Facts.Add(new Fact("Assessed by", Value(impact.AssessedBy)));
                assessment.Facts.Add(new Fact("Summary", Value(impact.Summary)));
            }

            var measures = new AnnexIvItem("5", "Risks known and how they are addressed");
            if (Require(measures, DeclarationKinds.KnownLimitation, "the known limitations and their mitigations"))
            {
                foreach (var limitation in _model.KnownLimitations)
                {
                    measures.Lines.Add(LimitationLine(limitation));
                }
            }

            foreach (var accepted in _card.RiskAcceptances)
            {
                measures.Lines.Add(new[]
                {
                    Run.Plain("Accepted until " + accepted.Until + ": " + accepted.RuleId + " (" + accepted.RuleTitle + "), approved by "),
                    Run.User(accepted.Approver ?? "no one named"),
                    Run.Plain(": "),
                    Run.User(accepted.Justification ?? ""),
                });
            }

            foreach (var known in _card.KnownGaps ?? Array.Empty<Policy.Baseline.BaselineEntry>())
            {
                measures.Lines.Add(new[] { Run.Plain("Known gap recorded in the project's baseline, not yet fixed: " + known.Rule + " in "), Run.User(known.File + " (" + known.Symbol + ")") });
            }

            measures.ProviderParts.Add("The risk management system itself (Art 9): its steps, who runs it, how often it is reviewed, and the testing it relies on.");
            return new[] { classification, assessment, measures };
        }

        public AnnexIvItem[] Changes()
        {
            var changes = new AnnexIvItem("6", "Versions and the changes between them");
            RequireProperty(changes, DeclarationKinds.AiModel, "Version", _model.Identity?.Version, "the version this draft describes", "Version");
            changes.ProviderParts.Add("The relevant changes made over the lifecycle. 'aicompliance diff old.dll new.dll' lists what changed in the declarations between two releases.");
            return new[] { changes };
        }

        public AnnexIvItem[] Standards()
        {
            var standards = new AnnexIvItem("7", "Standards, specifications and frameworks applied");
            foreach (var framework in _card.Compliance.Frameworks)
            {
                standards.Lines.Add(new[] { Run.Plain("Declarations tracked against " + framework.Framework.Title + " (" + framework.Framework.Id + "): a governance framework, not a harmonised standard.") });
            }

            if (_model.ContentProvenance is { } provenance && !string.IsNullOrWhiteSpace(provenance.Standard))
            {
                standards.Facts.Add(new Fact("Content provenance standard", Run.User(provenance.Standard!)));
            }

            standards.ProviderParts.Add("The harmonised standards applied, in full or in part, with their Official Journal references; where none were applied, the solutions adopted to meet Chapter III, Section 2, and the other standards and specifications applied.");
            return new[] { standards };
        }

        public static AnnexIvItem[] DeclarationOfConformity()
        {
            var declaration = new AnnexIvItem("8", "Copy of the EU declaration of conformity");
            declaration.ProviderParts.Add("A copy of the EU declaration of conformity (Art 47), which the provider draws up and signs after the conformity assessment (Art 43); no declaration in code can stand in for it.");
            return new[] { declaration };
        }

        public AnnexIvItem[] PostMarket()
        {
            var monitoring = new AnnexIvItem("9", "Monitoring after release");
            if (Require(monitoring, DeclarationKinds.Monitoring, "how the system is watched after release"))
            {
                var watch = _model.Monitoring!;
                monitoring.Facts.Add(new Fact("Incident reports to", Value(watch.IncidentContact)));
                monitoring.Facts.Add(new Fact("Drift monitoring", YesNo(watch.DriftMonitoring)));
                monitoring.Facts.Add(new Fact("Review interval (days)", watch.ReviewIntervalDays is { } days and > 0 ? Run.Plain(days.ToString(CultureInfo.InvariantCulture)) : Run.Plain(NotDeclared)));
            }

            var logging = new AnnexIvItem("9", "Records kept of the system's decisions");
            if (Require(logging, DeclarationKinds.DecisionLogging, "what the system records about its decisions"))
            {
                var log = _model.DecisionLogging!;
                logging.Facts.Add(new Fact("Recorded", Value(log.Description)));
                logging.Facts.Add(new Fact("Kept for (days)", log.RetentionDays is { } days and > 0 ? Run.Plain(days.ToString(CultureInfo.InvariantCulture)) : Run.Plain(NotDeclared)));
            }

            monitoring.ProviderParts.Add("The post-market monitoring plan (Art 72(3)) and how performance is evaluated in the post-market phase.");
            return new[] { monitoring, logging };
        }

        /// <summary>
        /// Adds a gap when the model lacks <paramref name="kind"/> or it is not usable (incomplete, invalid, …, in the
        /// cards' words); returns whether the model makes the declaration at all, so what it says is still shown.
        /// </summary>
        private bool Require(AnnexIvItem item, DeclarationKind kind, string what)
        {
            var present = kind.In(_model).Any();
            var status = DeclarationStatus.Missing;
            string? reason = null;
            if (present)
            {
                status = DeclarationStatus.Declared;
                if (kind.RequirementId is { } requirement)
                {
                    var entry = _card.DeclarationStatuses[requirement];
                    status = entry.Status;
                    reason = entry.Reason;
                }
            }

            if (status != DeclarationStatus.Declared)
            {
                var text = DeclarationStatuses.Text(status) + (reason is null ? "" : ": " + reason);
                item.Gaps.Add(new AnnexIvGap(item.Label, what, kind, null, text));
            }

            return present;
        }

        private static void RequireProperty(AnnexIvItem item, DeclarationKind kind, string label, string? value, string what, string property)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                item.Gaps.Add(new AnnexIvGap(item.Label, what, kind, property, DeclarationStatuses.Text(DeclarationStatus.Missing)));
            }
            else
            {
                item.Facts.Add(new Fact(label, Run.User(value!)));
            }
        }

        /// <summary>
        /// The evidence file a result names, when the SDK's attribute has the property (read through the registry, so
        /// the draft shows evidence as soon as the declaration carries it); a result without one is a gap.
        /// </summary>
        private static void RequireEvidence(AnnexIvItem item, DeclarationKind kind, Declaration declaration, string what)
        {
            if (kind.Property(EvidenceProperty) is not { } evidence)
            {
                return;
            }

            var file = evidence.Text(declaration);
            if (string.IsNullOrWhiteSpace(file))
            {
                item.Gaps.Add(new AnnexIvGap(item.Label, "the result file behind " + what, kind, EvidenceProperty, DeclarationStatuses.Text(DeclarationStatus.Missing)));
                return;
            }

            var hash = kind.Property(EvidenceHashProperty)?.Text(declaration);
            item.Lines.Add(new[] { Run.Plain("Evidence for " + what + ": "), Run.User(file!), Run.Plain(string.IsNullOrWhiteSpace(hash) ? "" : ", SHA-256 " + hash!.Trim()) });
        }

        private static Run[] ResultLine(MetricResult result)
        {
            var text = CardDocumentBuilder.MetricName(result.Declaration.Metric ?? "")
                + (string.IsNullOrWhiteSpace(result.Slice) ? "" : " [" + result.Slice + "]")
                + " = " + (result.Value is { } value ? Numbers.Format(value) : "not given")
                + (result.ConfidenceLow is { } low && result.ConfidenceHigh is { } high ? " (CI " + Numbers.Format(low) + "–" + Numbers.Format(high) + ")" : "")
                + (string.IsNullOrWhiteSpace(result.Dataset) ? "" : " on " + result.Dataset)
                + (result.Threshold is { } threshold ? ", threshold " + Numbers.Format(threshold) + (result.MeetsThreshold == true ? ", reached" : result.MeetsThreshold == false ? ", not reached" : "") : "");
            return new[] { Run.User(text) };
        }

        private static Run[] FairnessLine(FairnessResult fairness)
        {
            var declaration = fairness.Declaration;
            var groups = string.Join(", ", fairness.Groups.Select(g => (g.Group ?? "?") + " " + (g.Value is { } v ? Numbers.Format(v) : "?")));
            var text = (declaration.Metric ?? "disparity") + " by " + (declaration.ProtectedAttribute ?? "?")
                + " = " + (fairness.Value is { } value ? Numbers.Format(value) : "not given")
                + (fairness.Threshold is { } threshold ? ", limit " + Numbers.Format(threshold) + (fairness.MeetsThreshold == true ? ", within" : fairness.MeetsThreshold == false ? ", exceeded" : "") : "")
                + (groups.Length == 0 ? "" : " (" + groups + ")")
                + (string.IsNullOrWhiteSpace(declaration.Mitigation) ? "" : "; mitigation: " + declaration.Mitigation);
            return new[] { Run.User(text) };
        }

        private static Run[] LimitationLine(KnownLimitationDeclaration limitation) =>
            new[]
            {
                Run.User(limitation.Description ?? ""),
                Run.Plain(string.IsNullOrWhiteSpace(limitation.Mitigation) ? " (no mitigation declared)" : " — mitigation: "),
                Run.User(limitation.Mitigation ?? ""),
            };

        private static Run[] DatasetLine(DatasetDeclaration dataset)
        {
            var parts = new List<string>();
            void Add(string label, string? value)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    parts.Add(label + " " + value!.Trim());
                }
            }

            Add("version", dataset.Version);
            Add("source", dataset.Source);
            Add("licence", dataset.License);
            Add("collected by", dataset.CollectionMethod);
            Add("personal data:", dataset.PersonalData is { } personal ? CardDocumentBuilder.Words(EnumText.Name(personal)).ToLowerInvariant() : null);
            Add("legal basis", dataset.LegalBasis);
            Add("regions", Join(dataset.Regions));
            Add("languages", Join(dataset.Languages));
            Add("known bias:", dataset.KnownBias);
            return new[] { Run.User((dataset.Name ?? dataset.Id ?? "") + " (" + (dataset.Id ?? "") + ")" + (parts.Count == 0 ? "" : ": " + string.Join("; ", parts))) };
        }

        private static string Join(IReadOnlyList<string?> items) => string.Join(", ", items.Where(i => !string.IsNullOrWhiteSpace(i)));

        private const string NotDeclared = "Not declared.";

        private static Run Value(string? text) => string.IsNullOrWhiteSpace(text) ? Run.Plain(NotDeclared) : Run.User(text!);

        private static Run List(IReadOnlyList<string?> items)
        {
            var text = Join(items);
            return text.Length == 0 ? Run.Plain(NotDeclared) : Run.User(text);
        }

        private static Run Number(double? value) => Numbers.Finite(value) is { } v ? Run.Plain(Numbers.Format(v)) : Run.Plain(NotDeclared);

        /// <summary>"HumanInTheLoop" → "Human in the loop"; flags read "Penetration test, adversarial robustness".</summary>
        private static Run EnumWords(Enum? value) => value is null ? Run.Plain(NotDeclared) : Run.Plain(CardDocumentBuilder.Words(EnumText.Name(value)));

        private static Run YesNo(bool? value) => Run.Plain(value switch { true => "yes", false => "no", _ => NotDeclared });
    }
}
