using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;
using AiCompliance.Policy.Validation;

namespace AiCompliance.ModelCards.Diffing;

/// <summary>What changed in governance between two builds of an assembly.</summary>
internal sealed class GovernanceDiffResult
{
    public GovernanceDiffResult(string oldFile, ScannedAssembly oldAssembly, string newFile, ScannedAssembly newAssembly, IReadOnlyList<GovernanceChange> changes)
    {
        OldFile = oldFile;
        Old = oldAssembly;
        NewFile = newFile;
        New = newAssembly;
        Changes = changes;
    }

    public string OldFile { get; }

    public ScannedAssembly Old { get; }

    public string NewFile { get; }

    public ScannedAssembly New { get; }

    /// <summary>Sorted: weakening first, then strengthening, then neutral; within each by subject, declaration, item, property, kind.</summary>
    public IReadOnlyList<GovernanceChange> Changes { get; }

    public int Count(ChangeSeverity severity)
    {
        var count = 0;
        foreach (var change in Changes)
        {
            if (change.Severity == severity)
            {
                count++;
            }
        }

        return count;
    }

    public bool HasWeakening => Count(ChangeSeverity.Weakening) > 0;
}

/// <summary>
/// Compares the declarations of two builds: models matched by id (ignoring case; then by type name, for a renamed id),
/// datasets by id, risk acceptances by rule and model, repeated declarations by what identifies them (an evaluation by
/// metric, dataset and slice; a fairness assessment by protected attribute and metric; a limitation by its text; a
/// transfer by its regions), and what each paired model's code was seen to do (<see cref="CodeEvidenceDiff"/>). Each
/// difference is a <see cref="GovernanceChange"/> with a kind and a severity.
/// Text is judged by its content, not only by its equality: text replaced by a placeholder or by nothing visible
/// weakens, and a declaration that only holds placeholders strengthens nothing.
/// </summary>
internal static class GovernanceDiff
{
    // The subject itself ("Model" for an added, removed or renamed model) first, then the registry's order, then what
    // the code was seen to do.
    private static readonly string[] DeclarationOrder = BuildDeclarationOrder();

    /// <summary>
    /// Compares two builds. <paramref name="settings"/> (the mode and the frameworks; <see cref="PolicySettings.Default"/>
    /// when null) decides only which declarations a new model is expected to make.
    /// </summary>
    public static GovernanceDiffResult Compare(string oldFile, ScannedAssembly oldAssembly, string newFile, ScannedAssembly newAssembly, PolicySettings? settings = null)
    {
        var changes = new List<GovernanceChange>();
        var context = new Collector(changes);
        CompareModels(context, oldAssembly.Declarations, newAssembly.Declarations, settings ?? PolicySettings.Default);
        CompareDatasets(context, oldAssembly.Declarations, newAssembly.Declarations);
        CompareAcceptances(context, oldAssembly.Declarations.RiskAcceptances, newAssembly.Declarations.RiskAcceptances);
        changes.Sort(CompareChanges);
        return new GovernanceDiffResult(oldFile, oldAssembly, newFile, newAssembly, changes);
    }

    private static void CompareModels(Collector changes, AssemblyDeclarations oldAssembly, AssemblyDeclarations newAssembly, PolicySettings settings)
    {
        var oldModels = new List<ModelDeclarations>(oldAssembly.Models);
        var newModels = new List<ModelDeclarations>(newAssembly.Models);
        var pairs = new List<(ModelDeclarations Old, ModelDeclarations New)>();

        // By id (as DeclarationIds compares them everywhere), in order, so duplicated ids pair up one by one.
        foreach (var model in oldModels.ToArray())
        {
            var id = model.Identity!.Id;
            if (string.IsNullOrWhiteSpace(id))
            {
                continue;
            }

            var match = newModels.Find(m => DeclarationIds.Same(m.Identity!.Id, id));
            if (match is not null)
            {
                pairs.Add((model, match));
                oldModels.Remove(model);
                newModels.Remove(match);
            }
        }

        // Then by type name: a model whose id changed, or that has no id.
        foreach (var model in oldModels.ToArray())
        {
            var match = newModels.Find(m => m.TypeName == model.TypeName);
            if (match is not null)
            {
                pairs.Add((model, match));
                oldModels.Remove(model);
                newModels.Remove(match);
                if (!string.Equals(model.DisplayId, match.DisplayId, StringComparison.Ordinal))
                {
                    changes.Add("model", match.DisplayId, "Model", null, "Id", "modelIdChanged", model.DisplayId, match.DisplayId);
                }
            }
        }

        foreach (var model in oldModels)
        {
            changes.Add("model", model.DisplayId, "Model", null, null, "modelRemoved", model.TypeName, null);
        }

        foreach (var model in newModels)
        {
            // A new model that lacks what the policy expects of it adds ungoverned AI: that weakens, as a removed declaration does.
            var lacking = LackingDeclarations(model, newAssembly.Datasets, settings);
            if (lacking.Count == 0)
            {
                changes.Add("model", model.DisplayId, "Model", null, null, "modelAdded", null, model.TypeName);
            }
            else
            {
                changes.Add("model", model.DisplayId, "Model", null, null, "modelAddedIncomplete", null, model.TypeName + " (" + string.Join(", ", lacking) + ")");
            }
        }

        var oldRecorded = oldAssembly.RecordsCodeEvidence;
        var newRecorded = newAssembly.RecordsCodeEvidence;
        foreach (var (oldModel, newModel) in pairs)
        {
            var comparer = new ModelComparer(changes, newModel.DisplayId);
            comparer.Compare(oldModel, newModel);
            comparer.CompareDeclarationStates(oldModel, oldAssembly.Datasets, newModel, newAssembly.Datasets, settings);
            CodeEvidenceDiff.Compare(changes, newModel.DisplayId, oldModel, oldRecorded, newModel, newRecorded);
        }
    }

    /// <summary>
    /// The declarations <paramref name="settings"/> expects of the model that are not declared, each as "id: state"
    /// (<c>human-oversight: missing</c>, <c>accountable-owner: incomplete</c>), in catalogue order. The state is the
    /// policy's (<see cref="DeclarationStatuses"/>), the one the cards and <c>check</c> show.
    /// </summary>
    internal static IReadOnlyList<string> LackingDeclarations(ModelDeclarations model, IReadOnlyList<DatasetDeclaration> datasets, PolicySettings settings)
    {
        var risk = RiskContext.For(model);
        var statuses = DeclarationStatuses.Of(model, datasets, settings);
        var lacking = new List<string>();
        foreach (var entry in statuses.Entries)
        {
            if (entry.Status != DeclarationStatus.Declared && settings.Requires(entry.Declaration, risk))
            {
                lacking.Add(entry.Id + ": " + DeclarationStatuses.Text(entry.Status));
            }
        }

        return lacking;
    }

    /// <summary>Text that says something: visible, and not a placeholder (<c>TODO: owner</c>, <c>N/A</c>, <c>&lt;owner&gt;</c>).</summary>
    internal static bool IsRealText(string? text) =>
        text is not null && VisibleText.HasVisibleContent(text) && !PlaceholderText.IsPlaceholder(text, out _);

    /// <summary>Whether any text the declaration sets (a property left unset does not count) is a placeholder or has nothing visible.</summary>
    internal static bool HasPlaceholderText(Declaration declaration)
    {
        var kind = DeclarationKinds.All.FirstOrDefault(k => k.RecordType == declaration.GetType());
        if (kind is null)
        {
            return false;
        }

        foreach (var property in kind.Properties)
        {
            if (property.Shape == PropertyShape.Text)
            {
                if (property.Text(declaration) is { } text && !IsRealText(text))
                {
                    return true;
                }
            }
            else if (property.Shape == PropertyShape.TextList && property.TextList(declaration).Any(item => item is not null && !IsRealText(item)))
            {
                return true;
            }
        }

        return false;
    }

    private static void CompareDatasets(Collector changes, AssemblyDeclarations oldAssembly, AssemblyDeclarations newAssembly)
    {
        var used = new HashSet<string>(DeclarationIds.Comparer);
        foreach (var model in newAssembly.Models)
        {
            foreach (var id in model.TrainedOn?.DatasetIds ?? Array.Empty<string?>())
            {
                if (id is not null)
                {
                    used.Add(id);
                }
            }

            foreach (var evaluation in model.Evaluations)
            {
                if (evaluation.Dataset is not null)
                {
                    used.Add(evaluation.Dataset);
                }
            }
        }

        foreach (var (oldDataset, newDataset) in Pair(oldAssembly.Datasets, newAssembly.Datasets, d => d.Id ?? "", DeclarationIds.Comparer))
        {
            var id = (newDataset ?? oldDataset)!.Id ?? "";
            if (oldDataset is null)
            {
                changes.Add("dataset", id, DeclarationKinds.Dataset.ShortName, null, null, "datasetAdded", null, id);
                continue;
            }

            if (newDataset is null)
            {
                changes.Add("dataset", id, DeclarationKinds.Dataset.ShortName, null, null, used.Contains(id) ? "datasetRemovedStillUsed" : "datasetRemoved", id, null);
                continue;
            }

            var c = new Scope(changes, "dataset", id, DeclarationKinds.Dataset.ShortName, null);
            c.Text("Name", oldDataset.Name, newDataset.Name);
            c.Text("Version", oldDataset.Version, newDataset.Version);
            c.Text("Description", oldDataset.Description, newDataset.Description);
            c.Text("Source", oldDataset.Source, newDataset.Source);
            c.Text("Url", oldDataset.Url, newDataset.Url);
            c.Graded("License", oldDataset.License, newDataset.License, "datasetLicenseChanged", "datasetLicenseChanged", "datasetLicenseAdded", changedKind: "datasetLicenseChanged");
            c.Text("CollectionMethod", oldDataset.CollectionMethod, newDataset.CollectionMethod);
            if (oldDataset.PersonalData != newDataset.PersonalData)
            {
                var before = (int)(oldDataset.PersonalData ?? PersonalDataKind.None);
                var after = (int)(newDataset.PersonalData ?? PersonalDataKind.None);
                c.Add("PersonalData", after > before ? "personalDataRaised" : after < before ? "personalDataLowered" : "valueChanged", Name(oldDataset.PersonalData), Name(newDataset.PersonalData));
            }

            c.Graded("LegalBasis", oldDataset.LegalBasis, newDataset.LegalBasis, "legalBasisRemoved", "legalBasisRemoved", "legalBasisAdded");
            c.Items("Regions", oldDataset.Regions, newDataset.Regions, "itemAdded", "itemRemoved");
            c.Items("Languages", oldDataset.Languages, newDataset.Languages, "itemAdded", "itemRemoved");
            c.Text("KnownBias", oldDataset.KnownBias, newDataset.KnownBias);
        }
    }

    private static void CompareAcceptances(Collector changes, IReadOnlyList<RiskAcceptanceDeclaration> oldAcceptances, IReadOnlyList<RiskAcceptanceDeclaration> newAcceptances)
    {
        foreach (var (oldAcceptance, newAcceptance) in Pair(oldAcceptances, newAcceptances, AcceptanceKey, StringComparer.OrdinalIgnoreCase))
        {
            var acceptance = (newAcceptance ?? oldAcceptance)!;
            var id = AcceptanceLabel(acceptance);
            if (oldAcceptance is null)
            {
                changes.Add("riskAcceptance", id, DeclarationKinds.RiskAcceptance.ShortName, null, null, "acceptanceAdded", null, Until(acceptance));
                continue;
            }

            if (newAcceptance is null)
            {
                changes.Add("riskAcceptance", id, DeclarationKinds.RiskAcceptance.ShortName, null, null, "acceptanceRemoved", Until(acceptance), null);
                continue;
            }

            var c = new Scope(changes, "riskAcceptance", id, DeclarationKinds.RiskAcceptance.ShortName, null);
            var oldUntil = IsoDate.TryParse(oldAcceptance.Until, out var before) ? before : (DateTime?)null;
            var newUntil = IsoDate.TryParse(newAcceptance.Until, out var after) ? after : (DateTime?)null;
            if (!string.Equals(oldAcceptance.Until?.Trim(), newAcceptance.Until?.Trim(), StringComparison.Ordinal))
            {
                var kind = oldUntil is { } o && newUntil is { } n ? (n > o ? "acceptanceExtended" : n < o ? "acceptanceShortened" : "valueChanged") : "valueChanged";
                c.Add("Until", kind, oldAcceptance.Until, newAcceptance.Until);
            }

            c.Text("Approver", oldAcceptance.Approver, newAcceptance.Approver);
            c.Text("Justification", oldAcceptance.Justification, newAcceptance.Justification);
            c.Text("Reference", oldAcceptance.Reference, newAcceptance.Reference);
        }
    }

    private static string AcceptanceKey(RiskAcceptanceDeclaration acceptance) =>
        (acceptance.RuleId ?? "").Trim() + "\n" + (acceptance.Model ?? "").Trim();

    private static string AcceptanceLabel(RiskAcceptanceDeclaration acceptance)
    {
        var rule = string.IsNullOrWhiteSpace(acceptance.RuleId) ? "(no rule)" : acceptance.RuleId!.Trim().ToUpperInvariant();
        return string.IsNullOrWhiteSpace(acceptance.Model) ? rule : rule + " for " + acceptance.Model!.Trim();
    }

    private static string? Until(RiskAcceptanceDeclaration acceptance) => acceptance.Until is null ? null : "until " + acceptance.Until.Trim();

    /// <summary>Pairs items by key, in order; unmatched items pair with null (old first, then the added ones).</summary>
    internal static List<(T? Old, T? New)> Pair<T>(IReadOnlyList<T> oldItems, IReadOnlyList<T> newItems, Func<T, string> key, StringComparer comparer)
        where T : class
    {
        var remaining = new List<T>(newItems);
        var result = new List<(T?, T?)>();
        foreach (var item in oldItems)
        {
            var k = key(item);
            var index = remaining.FindIndex(candidate => comparer.Equals(key(candidate), k));
            if (index >= 0)
            {
                result.Add((item, remaining[index]));
                remaining.RemoveAt(index);
            }
            else
            {
                result.Add((item, null));
            }
        }

        foreach (var item in remaining)
        {
            result.Add((null, item));
        }

        return result;
    }

    internal static string? Name<TEnum>(TEnum? value)
        where TEnum : struct, Enum
        => value is { } v ? EnumText.Name(v) : null;

    internal static string? Number(double? value) => Numbers.Finite(value) is { } v ? Numbers.Format(v) : null;

    private static string[] BuildDeclarationOrder()
    {
        var order = new List<string> { "Model" };
        foreach (var kind in DeclarationKinds.All)
        {
            order.Add(kind.ShortName);
        }

        order.Add(CodeEvidenceDiff.Declaration);
        return order.ToArray();
    }

    private static int CompareChanges(GovernanceChange a, GovernanceChange b)
    {
        var order = ((int)a.Severity).CompareTo((int)b.Severity);
        if (order == 0)
        {
            order = SubjectRank(a.SubjectKind).CompareTo(SubjectRank(b.SubjectKind));
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.SubjectId, b.SubjectId);
        }

        if (order == 0)
        {
            order = Array.IndexOf(DeclarationOrder, a.Declaration).CompareTo(Array.IndexOf(DeclarationOrder, b.Declaration));
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Item, b.Item);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Property, b.Property);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Kind, b.Kind);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Old, b.Old);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.New, b.New);
        }

        return order;
    }

    private static int SubjectRank(string kind) => kind switch
    {
        "model" => 0,
        "dataset" => 1,
        _ => 2,
    };

    /// <summary>Collects changes.</summary>
    internal sealed class Collector
    {
        private readonly List<GovernanceChange> _changes;

        public Collector(List<GovernanceChange> changes) => _changes = changes;

        public void Add(string subjectKind, string subjectId, string declaration, string? item, string? property, string kind, string? oldValue, string? newValue) =>
            _changes.Add(new GovernanceChange(subjectKind, subjectId, declaration, item, property, kind, ChangeKinds.SeverityOf(kind), oldValue, newValue));

        /// <summary>Whether a weakening change of the declaration has been collected for the subject.</summary>
        public bool HasWeakening(string subjectKind, string subjectId, string declaration) =>
            _changes.Exists(c => c.Severity == ChangeSeverity.Weakening && c.SubjectKind == subjectKind && c.SubjectId == subjectId && c.Declaration == declaration);
    }

    /// <summary>Changes within one declaration of one subject.</summary>
    internal readonly struct Scope
    {
        private readonly Collector _changes;
        private readonly string _subjectKind;
        private readonly string _subjectId;
        private readonly string _declaration;
        private readonly string? _item;

        public Scope(Collector changes, string subjectKind, string subjectId, string declaration, string? item)
        {
            _changes = changes;
            _subjectKind = subjectKind;
            _subjectId = subjectId;
            _declaration = declaration;
            _item = item;
        }

        public void Add(string? property, string kind, string? oldValue, string? newValue) =>
            _changes.Add(_subjectKind, _subjectId, _declaration, _item, property, kind, oldValue, newValue);

        /// <summary>Text whose change is neutral: added, removed or changed.</summary>
        public void Text(string property, string? oldValue, string? newValue) =>
            Graded(property, oldValue, newValue, "valueChanged", "valueRemoved", "valueAdded");

        /// <summary>
        /// Text with its own kinds for a change, a removal (the property no longer set) and an addition, used only
        /// between texts that say something. Text replaced by a placeholder or by nothing visible (set, but empty,
        /// invisible or <c>TODO: …</c>) weakens; a placeholder replaced by text strengthens; any other change among
        /// placeholders and unset values is neutral. Blank and unset are the same value.
        /// </summary>
        public void Graded(string property, string? oldValue, string? newValue, string changed, string removed, string added, string? changedKind = null)
        {
            if ((Blank(oldValue) && Blank(newValue)) || string.Equals(oldValue, newValue, StringComparison.Ordinal))
            {
                return;
            }

            var wasReal = IsRealText(oldValue);
            var isReal = IsRealText(newValue);
            var kind = (wasReal, isReal) switch
            {
                (true, true) => changedKind ?? changed,
                (true, false) => newValue is null ? removed : "textReplacedByPlaceholder",
                (false, true) => oldValue is null ? added : "placeholderReplacedByText",
                _ => oldValue is null ? "valueAdded" : newValue is null ? "valueRemoved" : "valueChanged",
            };
            Add(property, kind, oldValue, newValue);
        }

        /// <summary>A list compared as a set (ordinal): one change per item added or removed.</summary>
        public void Items(string property, IReadOnlyList<string?>? oldItems, IReadOnlyList<string?>? newItems, string addedKind, string removedKind, IEqualityComparer<string>? comparer = null)
        {
            comparer ??= StringComparer.Ordinal;
            var before = Set(oldItems, comparer);
            var after = Set(newItems, comparer);
            var removed = before.Where(item => !after.Contains(item, comparer)).ToList();
            var added = after.Where(item => !before.Contains(item, comparer)).ToList();

            // A placeholder item neither adds nor removes anything real; taking the place of real items, it weakens.
            var realRemoved = removed.Exists(IsRealText);
            var realAdded = added.Exists(IsRealText);
            foreach (var item in removed)
            {
                Add(property, IsRealText(item) ? removedKind : realAdded ? "placeholderReplacedByText" : "itemRemoved", item, null);
            }

            foreach (var item in added)
            {
                Add(property, IsRealText(item) ? addedKind : realRemoved ? "textReplacedByPlaceholder" : "itemAdded", null, item);
            }
        }

        public void Boolean(string property, bool? oldValue, bool? newValue, string turnedOff, string turnedOn)
        {
            if (oldValue == newValue)
            {
                return;
            }

            // Off is false or not declared: true → off weakens, off → true strengthens, false ↔ not declared is neutral.
            var kind = oldValue == true ? turnedOff : newValue == true ? turnedOn : "valueChanged";
            Add(property, kind, Bool(oldValue), Bool(newValue));
        }

        private static string? Bool(bool? value) => value switch { true => "true", false => "false", _ => null };

        private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

        private static List<string> Set(IReadOnlyList<string?>? items, IEqualityComparer<string> comparer)
        {
            var result = new List<string>();
            if (items is not null)
            {
                foreach (var item in items)
                {
                    if (!Blank(item) && !result.Contains(item!.Trim(), comparer))
                    {
                        result.Add(item.Trim());
                    }
                }
            }

            return result;
        }
    }

    /// <summary>The declarations of one model, old against new.</summary>
    internal sealed class ModelComparer
    {
        /// <summary>The model-level kinds compared by hand; every other model-level kind is compared by <see cref="Generic"/>.</summary>
        internal static readonly IReadOnlyCollection<DeclarationKind> BespokeKinds = new HashSet<DeclarationKind>
        {
            DeclarationKinds.AiModel, DeclarationKinds.RiskProfile, DeclarationKinds.IntendedUse, DeclarationKinds.KnownLimitation,
            DeclarationKinds.ImpactAssessment, DeclarationKinds.HumanOversight, DeclarationKinds.AccountableOwner, DeclarationKinds.TrainedOn,
            DeclarationKinds.Evaluation, DeclarationKinds.FairnessAssessment, DeclarationKinds.SecurityAssessment, DeclarationKinds.Explainability,
            DeclarationKinds.AiDisclosure, DeclarationKinds.ContentProvenance, DeclarationKinds.SupportedLanguages, DeclarationKinds.DataResidency,
            DeclarationKinds.DataTransfer, DeclarationKinds.DecisionLogging, DeclarationKinds.Monitoring, DeclarationKinds.ComputeFootprint,
        };

        private readonly Collector _changes;
        private readonly string _id;

        public ModelComparer(Collector changes, string id)
        {
            _changes = changes;
            _id = id;
        }

        public void Compare(ModelDeclarations oldModel, ModelDeclarations newModel)
        {
            Identity(oldModel.Identity!, newModel.Identity!);
            Single(DeclarationKinds.RiskProfile.ShortName, oldModel.RiskProfile, newModel.RiskProfile, RiskProfile);
            Single(DeclarationKinds.IntendedUse.ShortName, oldModel.IntendedUse, newModel.IntendedUse, (c, o, n) =>
            {
                c.Text("Purpose", o.Purpose, n.Purpose);
                c.Items("Users", o.Users, n.Users, "itemAdded", "itemRemoved");
                c.Items("OutOfScope", o.OutOfScope, n.OutOfScope, "outOfScopeUseAdded", "outOfScopeUseRemoved");
            });
            List(DeclarationKinds.KnownLimitation.ShortName, oldModel.KnownLimitations, newModel.KnownLimitations, l => (l.Description ?? "").Trim(), l => l.Description, (c, o, n) =>
                c.Graded("Mitigation", o.Mitigation, n.Mitigation, "valueChanged", "mitigationRemoved", "mitigationAdded"));
            Single(DeclarationKinds.ImpactAssessment.ShortName, oldModel.ImpactAssessment, newModel.ImpactAssessment, (c, o, n) =>
            {
                c.Text("Reference", o.Reference, n.Reference);
                AssessmentDate(c, o.Date, n.Date);
                c.Text("AssessedBy", o.AssessedBy, n.AssessedBy);
                c.Text("Summary", o.Summary, n.Summary);
            });
            Single(DeclarationKinds.HumanOversight.ShortName, oldModel.HumanOversight, newModel.HumanOversight, HumanOversight);
            Single(DeclarationKinds.AccountableOwner.ShortName, oldModel.AccountableOwner, newModel.AccountableOwner, (c, o, n) =>
            {
                c.Text("Owner", o.Owner, n.Owner);
                c.Text("Contact", o.Contact, n.Contact);
                c.Text("Role", o.Role, n.Role);
            });
            Single(DeclarationKinds.TrainedOn.ShortName, oldModel.TrainedOn, newModel.TrainedOn, (c, o, n) => c.Items("DatasetIds", o.DatasetIds, n.DatasetIds, "itemAdded", "itemRemoved", DeclarationIds.Comparer));
            List(DeclarationKinds.Evaluation.ShortName, oldModel.Evaluations, newModel.Evaluations, EvaluationKey, EvaluationLabel, Evaluation);
            List(DeclarationKinds.FairnessAssessment.ShortName, oldModel.FairnessAssessments, newModel.FairnessAssessments, FairnessKey, FairnessLabel, Fairness);
            Single(DeclarationKinds.SecurityAssessment.ShortName, oldModel.SecurityAssessment, newModel.SecurityAssessment, (c, o, n) =>
            {
                Flags(c, "Tests", (int?)o.Tests, (int?)n.Tests, v => EnumText.Flags((SecurityTest)v), "securityTestsDropped", "securityTestsAdded");
                AssessmentDate(c, o.Date, n.Date);
                c.Text("Reference", o.Reference, n.Reference);
                c.Text("Findings", o.Findings, n.Findings);
                c.Text("PerformedBy", o.PerformedBy, n.PerformedBy);
                Evidence(c, o.Evidence, o.EvidenceSha256, n.Evidence, n.EvidenceSha256);
            });
            Single(DeclarationKinds.Explainability.ShortName, oldModel.Explainability, newModel.Explainability, (c, o, n) =>
            {
                c.Text("Method", o.Method, n.Method);
                c.Text("Description", o.Description, n.Description);
            });
            List(DeclarationKinds.AiDisclosure.ShortName, oldModel.AiDisclosures, newModel.AiDisclosures, DisclosureKey, DisclosureLabel, (c, o, n) => c.Text("Notice", o.Notice, n.Notice));
            Single(DeclarationKinds.ContentProvenance.ShortName, oldModel.ContentProvenance, newModel.ContentProvenance, (c, o, n) =>
            {
                Flags(c, "Methods", (int?)o.Methods, (int?)n.Methods, v => EnumText.Flags((ProvenanceMethod)v), "provenanceMethodsDropped", "provenanceMethodsAdded");
                c.Text("Standard", o.Standard, n.Standard);
            });
            Single(DeclarationKinds.SupportedLanguages.ShortName, oldModel.SupportedLanguages, newModel.SupportedLanguages, (c, o, n) => c.Items("LanguageTags", o.LanguageTags, n.LanguageTags, "itemAdded", "itemRemoved"));
            Single(DeclarationKinds.DataResidency.ShortName, oldModel.DataResidency, newModel.DataResidency, (c, o, n) => c.Items("Regions", o.Regions, n.Regions, "residencyRegionAdded", "residencyRegionRemoved"));
            Transfers(oldModel.DataTransfers, newModel.DataTransfers);
            Single(DeclarationKinds.DecisionLogging.ShortName, oldModel.DecisionLogging, newModel.DecisionLogging, (c, o, n) =>
            {
                c.Text("Description", o.Description, n.Description);
                c.Text("RetentionDays", Integer(o.RetentionDays), Integer(n.RetentionDays));
            });
            Single(DeclarationKinds.Monitoring.ShortName, oldModel.Monitoring, newModel.Monitoring, (c, o, n) =>
            {
                c.Text("IncidentContact", o.IncidentContact, n.IncidentContact);
                c.Boolean("DriftMonitoring", o.DriftMonitoring, n.DriftMonitoring, "driftMonitoringTurnedOff", "driftMonitoringTurnedOn");
                if (o.ReviewIntervalDays != n.ReviewIntervalDays)
                {
                    var kind = o.ReviewIntervalDays is { } before && n.ReviewIntervalDays is { } after && before > 0 && after > 0
                        ? (after > before ? "reviewIntervalLengthened" : "reviewIntervalShortened")
                        : "valueChanged";
                    c.Add("ReviewIntervalDays", kind, Integer(o.ReviewIntervalDays), Integer(n.ReviewIntervalDays));
                }
            });
            Single(DeclarationKinds.ComputeFootprint.ShortName, oldModel.ComputeFootprint, newModel.ComputeFootprint, (c, o, n) =>
            {
                c.Text("TrainingEnergyKWh", Number(o.TrainingEnergyKWh), Number(n.TrainingEnergyKWh));
                c.Text("Co2eKg", Number(o.Co2eKg), Number(n.Co2eKg));
                c.Text("Hardware", o.Hardware, n.Hardware);
                c.Text("Region", o.Region, n.Region);
            });
            foreach (var kind in DeclarationKinds.In(DeclarationScope.Model))
            {
                if (!BespokeKinds.Contains(kind))
                {
                    Generic(kind, oldModel, newModel);
                }
            }
        }

        /// <summary>
        /// A kind compared without knowing what its values mean: each change is neutral, except that a removed
        /// declaration weakens as any other does. A repeatable kind is paired by its first constructor argument.
        /// </summary>
        internal void Generic(DeclarationKind kind, ModelDeclarations oldModel, ModelDeclarations newModel)
        {
            var oldItems = kind.In(oldModel).ToList();
            var newItems = kind.In(newModel).ToList();
            if (kind.Repeatable)
            {
                var identifying = kind.ConstructorParameters.Count > 0 ? kind.Property(kind.ConstructorParameters[0]) : null;
                string? Label(Declaration declaration) =>
                    identifying is null ? null : string.Join(", ", RegistryValues.Texts(identifying, declaration)).Trim();
                List(kind.ShortName, oldItems, newItems, d => (Label(d) ?? "").ToUpperInvariant(), Label, (c, o, n) => GenericProperties(c, kind, o, n, identifying));
            }
            else
            {
                Single(kind.ShortName, oldItems.LastOrDefault(), newItems.LastOrDefault(), (c, o, n) => GenericProperties(c, kind, o, n, null));
            }
        }

        private static void GenericProperties(Scope c, DeclarationKind kind, Declaration o, Declaration n, DeclarationProperty? identifying)
        {
            foreach (var property in kind.Properties)
            {
                if (property == identifying)
                {
                    continue;
                }

                var before = RegistryValues.Texts(property, o);
                var after = RegistryValues.Texts(property, n);
                if (RegistryValues.IsMultiValued(property) && property.Shape != PropertyShape.NumberList)
                {
                    c.Items(property.Name, before, after, "itemAdded", "itemRemoved");
                }
                else
                {
                    c.Text(property.Name, before.Count == 0 ? null : string.Join(", ", before), after.Count == 0 ? null : string.Join(", ", after));
                }
            }
        }

        private Scope ScopeOf(string declaration, string? item) => new(_changes, "model", _id, declaration, item);

        private void Identity(ModelIdentity o, ModelIdentity n)
        {
            var c = ScopeOf(DeclarationKinds.AiModel.ShortName, null);
            c.Text("Name", o.Name, n.Name);
            c.Text("Version", o.Version, n.Version);
            c.Text("Kind", Name(o.Kind), Name(n.Kind));
            c.Text("Provider", o.Provider, n.Provider);
            c.Text("BaseModel", o.BaseModel, n.BaseModel);
            c.Text("License", o.License, n.License);
            c.Text("Description", o.Description, n.Description);
        }

        private static void RiskProfile(Scope c, RiskProfileDeclaration o, RiskProfileDeclaration n)
        {
            if (o.Level != n.Level)
            {
                // Minimal < Limited < High < Prohibited; not declared counts as lowest.
                var before = o.Level is { } l1 ? (int)l1 : -1;
                var after = n.Level is { } l2 ? (int)l2 : -1;
                c.Add("Level", after < before ? "riskLevelLowered" : "riskLevelRaised", Name(o.Level), Name(n.Level));
            }

            foreach (var sector in o.Sectors)
            {
                if (!Contains(n.Sectors, sector))
                {
                    c.Add("Sectors", sector == Sector.General ? "itemRemoved" : "highImpactSectorRemoved", EnumText.Name(sector), null);
                }
            }

            foreach (var sector in n.Sectors)
            {
                if (!Contains(o.Sectors, sector))
                {
                    c.Add("Sectors", sector == Sector.General ? "itemAdded" : "highImpactSectorAdded", null, EnumText.Name(sector));
                }
            }

            c.Text("Rationale", o.Rationale, n.Rationale);
        }

        private static void HumanOversight(Scope c, HumanOversightDeclaration o, HumanOversightDeclaration n)
        {
            if (o.Mode != n.Mode)
            {
                // HumanInTheLoop (0) > HumanOverTheLoop (1) > HumanOutOfTheLoop (2); not declared is weakest.
                var before = o.Mode is { } m1 ? (int)m1 : int.MaxValue;
                var after = n.Mode is { } m2 ? (int)m2 : int.MaxValue;
                c.Add("Mode", after > before ? "oversightWeakened" : "oversightStrengthened", Name(o.Mode), Name(n.Mode));
            }

            c.Text("Reviewer", o.Reviewer, n.Reviewer);
            c.Boolean("CanOverride", o.CanOverride, n.CanOverride, "oversightCapabilityRemoved", "oversightCapabilityAdded");
            c.Boolean("CanStop", o.CanStop, n.CanStop, "oversightCapabilityRemoved", "oversightCapabilityAdded");
            c.Text("Justification", o.Justification, n.Justification);
        }

        private static string EvaluationKey(EvaluationDeclaration e) =>
            (e.Metric ?? "").Trim().ToUpperInvariant() + "\n" + DeclarationIds.Key(e.Dataset) + "\n" + (e.Slice ?? "").Trim();

        private static string EvaluationLabel(EvaluationDeclaration e) =>
            (string.IsNullOrWhiteSpace(e.Metric) ? "(no metric)" : e.Metric!.Trim())
            + (string.IsNullOrWhiteSpace(e.Dataset) ? "" : "; dataset " + e.Dataset!.Trim())
            + (string.IsNullOrWhiteSpace(e.Slice) ? "" : "; slice " + e.Slice!.Trim());

        private static void Evaluation(Scope c, EvaluationDeclaration o, EvaluationDeclaration n)
        {
            Result(c, o.Value, o.Threshold, MetricCatalog.HigherIsBetter(o), n.Value, n.Threshold, MetricCatalog.HigherIsBetter(n));
            c.Text("ConfidenceLow", Number(o.ConfidenceLow), Number(n.ConfidenceLow));
            c.Text("ConfidenceHigh", Number(o.ConfidenceHigh), Number(n.ConfidenceHigh));
            c.Text("Kind", o.Kind is { } oldKind ? EnumText.Name(oldKind) : null, n.Kind is { } newKind ? EnumText.Name(newKind) : null);
            c.Text("Language", o.Language, n.Language);
            Evidence(c, o.Evidence, o.EvidenceSha256, n.Evidence, n.EvidenceSha256);
        }

        // A result that stops naming its evidence file is weaker: nothing ties its number to a measurement any more.
        private static void Evidence(Scope c, string? oldFile, string? oldSha256, string? newFile, string? newSha256)
        {
            c.Graded("Evidence", oldFile, newFile, "valueChanged", "evidenceRemoved", "evidenceAdded");
            c.Text("EvidenceSha256", oldSha256, newSha256);
        }

        private static string FairnessKey(FairnessAssessmentDeclaration f) =>
            (f.ProtectedAttribute ?? "").Trim().ToUpperInvariant() + "\n" + (f.Metric ?? "").Trim().ToUpperInvariant();

        // One notice per language: a notice is paired with the one in the same language, the primary with the primary.
        private static string DisclosureKey(AiDisclosureDeclaration d) => LanguageKey(d.Language);

        private static string? DisclosureLabel(AiDisclosureDeclaration d) =>
            string.IsNullOrWhiteSpace(d.Language) ? null : "language " + d.Language!.Trim();

        private static string LanguageKey(string? language) => (language ?? "").Trim().ToUpperInvariant();

        private static string FairnessLabel(FairnessAssessmentDeclaration f) =>
            (string.IsNullOrWhiteSpace(f.ProtectedAttribute) ? "(no protected attribute)" : f.ProtectedAttribute!.Trim())
            + (string.IsNullOrWhiteSpace(f.Metric) ? "" : "; " + f.Metric!.Trim());

        private static void Fairness(Scope c, FairnessAssessmentDeclaration o, FairnessAssessmentDeclaration n)
        {
            Result(c, o.Value, o.Threshold, MetricCatalog.HigherIsBetter(o), n.Value, n.Threshold, MetricCatalog.HigherIsBetter(n));
            c.Items("Groups", o.Groups, n.Groups, "itemAdded", "itemRemoved");
            var oldGroups = GroupValues(o);
            var newGroups = GroupValues(n);
            if (!string.Equals(oldGroups, newGroups, StringComparison.Ordinal))
            {
                c.Add("GroupValues", "valueChanged", oldGroups, newGroups);
            }

            c.Graded("Mitigation", o.Mitigation, n.Mitigation, "valueChanged", "mitigationRemoved", "mitigationAdded");
            c.Text("Language", o.Language, n.Language);
            Evidence(c, o.Evidence, o.EvidenceSha256, n.Evidence, n.EvidenceSha256);
        }

        private static string? GroupValues(FairnessAssessmentDeclaration f)
        {
            if (f.GroupValues.Count == 0)
            {
                return null;
            }

            var values = new List<string>();
            foreach (var value in f.GroupValues)
            {
                values.Add(Number(value) ?? "NaN");
            }

            return string.Join(", ", values);
        }

        /// <summary>A value and its threshold, judged in the metric's better direction.</summary>
        private static void Result(Scope c, double? oldValue, double? oldThreshold, bool oldHigher, double? newValue, double? newThreshold, bool newHigher)
        {
            var ov = Numbers.Finite(oldValue);
            var nv = Numbers.Finite(newValue);
            var ot = Numbers.Finite(oldThreshold);
            var nt = Numbers.Finite(newThreshold);
            if (oldHigher != newHigher)
            {
                // The direction itself changed: old and new values are not comparable.
                c.Add("HigherIsBetter", "valueChanged", oldHigher ? "true" : "false", newHigher ? "true" : "false");
                c.Text("Value", Number(ov), Number(nv));
                c.Text("Threshold", Number(ot), Number(nt));
                return;
            }

            if (ov != nv)
            {
                var kind = ov is { } before && nv is { } after
                    ? ((newHigher ? after < before : after > before) ? "metricWorsened" : "metricImproved")
                    : nv is null ? "valueRemoved" : "valueAdded";
                c.Add("Value", kind, Number(ov), Number(nv));
            }

            if (ot != nt)
            {
                var kind = ot is { } before && nt is { } after
                    ? ((newHigher ? after < before : after > before) ? "thresholdRelaxed" : "thresholdTightened")
                    : nt is null ? "thresholdRemoved" : "thresholdAdded";
                c.Add("Threshold", kind, Number(ot), Number(nt));
            }

            var wasBreached = ov is { } v1 && ot is { } t1 && MetricCatalog.Breaches(v1, t1, newHigher);
            var isBreached = nv is { } v2 && nt is { } t2 && MetricCatalog.Breaches(v2, t2, newHigher);
            if (wasBreached != isBreached)
            {
                c.Add("Value", isBreached ? "thresholdNowBreached" : "thresholdNoLongerBreached", Breach(ov, ot), Breach(nv, nt));
            }
        }

        private static string? Breach(double? value, double? threshold) =>
            value is null ? null : Number(value) + (threshold is null ? "" : " (threshold " + Number(threshold) + ")");

        private void Transfers(IReadOnlyList<DataTransferDeclaration> oldTransfers, IReadOnlyList<DataTransferDeclaration> newTransfers)
        {
            foreach (var (o, n) in Pair(oldTransfers, newTransfers, TransferLabel, StringComparer.OrdinalIgnoreCase))
            {
                var label = TransferLabel((n ?? o)!);
                var c = ScopeOf(DeclarationKinds.DataTransfer.ShortName, label);
                if (o is null)
                {
                    c.Add(null, "transferAdded", null, label);
                }
                else if (n is null)
                {
                    c.Add(null, "transferRemoved", label, null);
                }
                else
                {
                    c.Text("Mechanism", o.Mechanism, n.Mechanism);
                    c.Graded("Safeguards", o.Safeguards, n.Safeguards, "valueChanged", "safeguardsRemoved", "safeguardsAdded");
                }
            }
        }

        private static string TransferLabel(DataTransferDeclaration t) =>
            (string.IsNullOrWhiteSpace(t.FromRegion) ? "?" : t.FromRegion!.Trim().ToUpperInvariant()) + " → " + (string.IsNullOrWhiteSpace(t.ToRegion) ? "?" : t.ToRegion!.Trim().ToUpperInvariant());

        private static void AssessmentDate(Scope c, string? oldDate, string? newDate)
        {
            if (string.Equals(oldDate?.Trim(), newDate?.Trim(), StringComparison.Ordinal) || (string.IsNullOrWhiteSpace(oldDate) && string.IsNullOrWhiteSpace(newDate)))
            {
                return;
            }

            if (IsoDate.TryParse(oldDate, out var before) && IsoDate.TryParse(newDate, out var after) && after > before)
            {
                c.Add("Date", "assessmentRenewed", oldDate, newDate);
                return;
            }

            c.Text("Date", oldDate, newDate);
        }

        private static void Flags(Scope c, string property, int? oldValue, int? newValue, Func<int, string> name, string dropped, string added)
        {
            var before = oldValue ?? 0;
            var after = newValue ?? 0;
            var removed = before & ~after;
            var gained = after & ~before;
            if (removed != 0)
            {
                c.Add(property, dropped, name(removed), null);
            }

            if (gained != 0)
            {
                c.Add(property, added, null, name(gained));
            }
        }

        /// <summary>A declaration that appears at most once.</summary>
        private void Single<T>(string declaration, T? oldValue, T? newValue, Action<Scope, T, T> compare)
            where T : Declaration
        {
            var c = ScopeOf(declaration, null);
            if (oldValue is null && newValue is null)
            {
                return;
            }

            if (oldValue is null)
            {
                c.Add(null, AddedKind(newValue!), null, "[" + declaration + "]");
            }
            else if (newValue is null)
            {
                c.Add(null, RemovedKind(oldValue), "[" + declaration + "]", null);
            }
            else
            {
                compare(c, oldValue, newValue);
            }
        }

        /// <summary>A declaration that may repeat, paired by key.</summary>
        private void List<T>(string declaration, IReadOnlyList<T> oldItems, IReadOnlyList<T> newItems, Func<T, string> key, Func<T, string?> label, Action<Scope, T, T> compare)
            where T : Declaration
        {
            foreach (var (o, n) in Pair(oldItems, newItems, key, StringComparer.Ordinal))
            {
                var text = label((n ?? o)!) ?? "";
                var c = ScopeOf(declaration, text);
                if (o is null)
                {
                    c.Add(null, AddedKind(n!), null, "[" + declaration + "]");
                }
                else if (n is null)
                {
                    c.Add(null, RemovedKind(o), "[" + declaration + "]", null);
                }
                else
                {
                    compare(c, o, n);
                }
            }
        }

        // A declaration that holds a placeholder promises nothing yet: adding it strengthens nothing, removing it weakens nothing.
        private static string AddedKind(Declaration added) => HasPlaceholderText(added) ? "incompleteDeclarationAdded" : "declarationAdded";

        private static string RemovedKind(Declaration removed) => HasPlaceholderText(removed) ? "incompleteDeclarationRemoved" : "declarationRemoved";

        /// <summary>
        /// Declared before, no longer declared now (missing, incomplete, invalid, contradicted or out of date, as
        /// <see cref="DeclarationStatuses"/> judges it for the cards): weakening, unless a change already reported for
        /// the attribute that makes the declaration says why (it was removed, its text became a placeholder, its mode
        /// weakened, …). Run after <see cref="Compare"/>. The declarations judged from several attributes and the
        /// datasets (data provenance, IP and copyright, personal data) are reported only here.
        /// </summary>
        public void CompareDeclarationStates(ModelDeclarations oldModel, IReadOnlyList<DatasetDeclaration> oldDatasets, ModelDeclarations newModel, IReadOnlyList<DatasetDeclaration> newDatasets, PolicySettings settings)
        {
            var before = DeclarationStatuses.Of(oldModel, oldDatasets, settings);
            var after = DeclarationStatuses.Of(newModel, newDatasets, settings);
            foreach (var declaration in DeclarationCatalog.All)
            {
                var was = before.Status(declaration.Id);
                var now = after.Status(declaration.Id);
                if (was != DeclarationStatus.Declared || now == DeclarationStatus.Declared)
                {
                    continue;
                }

                var kind = DeclarationKinds.All.FirstOrDefault(k => k.RequirementId == declaration.Id);
                if (kind is not null && (!kind.In(newModel).Any() || _changes.HasWeakening("model", _id, kind.ShortName)))
                {
                    continue;
                }

                ScopeOf("Model", declaration.Id).Add(null, "declarationNoLongerDeclared", DeclarationStatuses.Text(was), DeclarationStatuses.Text(now));
            }
        }

        private static bool Contains(IReadOnlyList<Sector> sectors, Sector sector)
        {
            foreach (var candidate in sectors)
            {
                if (candidate == sector)
                {
                    return true;
                }
            }

            return false;
        }

        private static string? Integer(int? value) => value is { } v ? Numbers.Format(v) : null;
    }
}
