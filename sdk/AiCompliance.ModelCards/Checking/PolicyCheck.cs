using System;
using System.Collections.Generic;
using System.Text;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy;
using AiCompliance.Policy.Acceptances;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;
using AiCompliance.Policy.Rules;

namespace AiCompliance.ModelCards.Checking;

/// <summary>What a finding is about.</summary>
internal enum SubjectKind
{
    /// <summary>A type with <c>[AiModel]</c>.</summary>
    Model,

    /// <summary>A type with declarations but no <c>[AiModel]</c> (AIC004).</summary>
    Type,

    /// <summary>An <c>[assembly: Dataset]</c>.</summary>
    Dataset,

    /// <summary>An <c>[assembly: RiskAcceptance]</c>.</summary>
    RiskAcceptance,
}

/// <summary>One finding of <c>aicompliance check</c>: the policy's finding, its effective severity, where, and the acceptance that suppresses it.</summary>
internal sealed class CheckedFinding
{
    public CheckedFinding(Finding finding, RuleSeverity severity, SubjectKind subjectKind, string subjectId, int? occurrence, string? typeName, string? modelId, string? attribute, int? attributeOccurrence, RiskAcceptanceDeclaration? suppressedBy)
    {
        Finding = finding;
        Severity = severity;
        SubjectKind = subjectKind;
        SubjectId = subjectId;
        Occurrence = occurrence;
        TypeName = typeName;
        ModelId = modelId;
        Attribute = attribute;
        AttributeOccurrence = attributeOccurrence;
        SuppressedBy = suppressedBy;
        Location = FormatLocation();
    }

    public Finding Finding { get; }

    public RuleDescriptor Rule => Finding.Rule;

    /// <summary>The severity in the checked mode (never <see cref="RuleSeverity.None"/>: those are not reported).</summary>
    public RuleSeverity Severity { get; }

    public string Message => Finding.Message;

    public SubjectKind SubjectKind { get; }

    /// <summary>The model's id (its type name when the id is blank), the stray type's name, the dataset's id or the acceptance's rule id.</summary>
    public string SubjectId { get; }

    /// <summary>For datasets and acceptances, the 1-based position among the assembly's attributes of that kind.</summary>
    public int? Occurrence { get; }

    /// <summary>The type the finding is about (models and stray types).</summary>
    public string? TypeName { get; }

    /// <summary>The model id acceptances are matched against, as the analyzers' suppressor sees it; null for datasets and acceptances.</summary>
    public string? ModelId { get; }

    /// <summary>The attribute the finding is about, without "Attribute" ("Evaluation"); null for "the type lacks something".</summary>
    public string? Attribute { get; }

    /// <summary>The 1-based position of the attribute among the type's attributes of the same kind, when the type has several.</summary>
    public int? AttributeOccurrence { get; }

    public string? Property => Finding.Property;

    public int? Element => Finding.Element;

    /// <summary>Type + [Attribute].Property[index], or [assembly: Attribute].Property for assembly attributes.</summary>
    public string Location { get; }

    /// <summary>The active acceptance that suppresses the finding, as the build's suppressor would.</summary>
    public RiskAcceptanceDeclaration? SuppressedBy { get; }

    public bool IsSuppressed => SuppressedBy is not null;

    /// <summary>Where in the project's source a code-evidence finding is, as the assembly recorded it; null for the rest.</summary>
    public Policy.CodeEvidence.SourcePosition? CodePosition => Finding.CodeOrigin as Policy.CodeEvidence.SourcePosition;

    /// <summary>The subject as a reader says it: the model id, "Type (no [AiModel])", "dataset x", "acceptance AIC111 for m".</summary>
    public string Subject => SubjectKind switch
    {
        SubjectKind.Model => SubjectId,
        SubjectKind.Type => SubjectId + " (no [AiModel])",
        SubjectKind.Dataset => "dataset " + (SubjectId.Length == 0 ? "(no id)" : SubjectId),
        _ => "acceptance " + (SubjectId.Length == 0 ? "(no rule)" : SubjectId) + (Finding.Target is RiskAcceptanceDeclaration { Model: { } model } && !string.IsNullOrWhiteSpace(model) ? " for " + model.Trim() : ""),
    };

    /// <summary>The subject kind as SARIF properties and JSON name it.</summary>
    public string SubjectKindName => SubjectKind switch
    {
        SubjectKind.Model => "model",
        SubjectKind.Type => "type",
        SubjectKind.Dataset => "dataset",
        _ => "riskAcceptance",
    };

    /// <summary>"(approved by X until Y, ref Z)" for a suppressed finding.</summary>
    public string? SuppressionText()
    {
        if (SuppressedBy is not { } acceptance)
        {
            return null;
        }

        var text = new StringBuilder();
        text.Append(string.IsNullOrWhiteSpace(acceptance.Justification) ? "Accepted risk" : acceptance.Justification!.Trim());
        text.Append(" (approved by ").Append(acceptance.Approver?.Trim()).Append(" until ").Append(acceptance.Until?.Trim());
        if (!string.IsNullOrWhiteSpace(acceptance.Reference))
        {
            text.Append(", ref ").Append(acceptance.Reference!.Trim());
        }

        return text.Append(')').ToString();
    }

    private string FormatLocation()
    {
        var text = new StringBuilder();
        if (SubjectKind is SubjectKind.Model or SubjectKind.Type)
        {
            text.Append(TypeName);
            if (Finding.CodeOrigin is Policy.CodeEvidence.SourcePosition position)
            {
                return text.Append(" (code: ").Append(position).Append(')').ToString();
            }

            if (Attribute is null)
            {
                return text.ToString();
            }

            text.Append(" [").Append(Attribute);
            if (AttributeOccurrence is { } n)
            {
                text.Append('#').Append(n);
            }
        }
        else
        {
            text.Append("[assembly: ").Append(Attribute);
            if (Occurrence is { } n)
            {
                text.Append('#').Append(n);
            }
        }

        text.Append(']');
        if (Property is not null)
        {
            text.Append('.').Append(Property);
            if (Element is { } element)
            {
                text.Append('[').Append(element).Append(']');
            }
        }

        return text.ToString();
    }
}

/// <summary>
/// The status of the declarations the selected frameworks ask of one model, as its card shows them: a finding in the
/// build is one thing, whether the card may say "declared" is this.
/// </summary>
internal sealed class ModelDeclarationReport
{
    public ModelDeclarationReport(ModelDeclarations model, IReadOnlyList<DeclarationStatusEntry> expected)
    {
        Model = model;
        Expected = expected;
    }

    public ModelDeclarations Model { get; }

    /// <summary>The declarations the selected frameworks ask of the model (<see cref="PolicySettings.AppliesTo"/>), in declaration-table order.</summary>
    public IReadOnlyList<DeclarationStatusEntry> Expected { get; }

    /// <summary>How many expected declarations have <paramref name="status"/>.</summary>
    public int Count(DeclarationStatus status)
    {
        var count = 0;
        foreach (var entry in Expected)
        {
            if (entry.Status == status)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether the model's card is incomplete: an expected declaration is not declared.</summary>
    public bool IsIncomplete => Count(DeclarationStatus.Declared) != Expected.Count;
}

/// <summary>The outcome of checking one assembly.</summary>
internal sealed class CheckResult
{
    public CheckResult(string fileName, ScannedAssembly assembly, PolicySettings settings, IReadOnlyList<CheckedFinding> findings, IReadOnlyList<RuleDescriptor> notCheckable, IReadOnlyList<ModelDeclarationReport> declarations, bool hasUnreadCodeEvidence = false)
    {
        Declarations = declarations;
        HasUnreadCodeEvidence = hasUnreadCodeEvidence;
        FileName = fileName;
        Assembly = assembly;
        Settings = settings;
        Findings = findings;
        NotCheckable = notCheckable;
    }

    /// <summary>The assembly's file name, as SARIF's artifact location names it.</summary>
    public string FileName { get; }

    public ScannedAssembly Assembly { get; }

    public PolicySettings Settings { get; }

    /// <summary>Every finding, sorted: not suppressed first, then by severity (errors first), rule, subject, location and message.</summary>
    public IReadOnlyList<CheckedFinding> Findings { get; }

    /// <summary>
    /// The rules on in the mode that this assembly cannot check: those that need source (AIC001, AIC005), and the
    /// code-evidence rules (AIC401–AIC403) when the assembly records no code evidence or records some this version cannot
    /// read (<see cref="WhyNotCheckable"/>).
    /// </summary>
    public IReadOnlyList<RuleDescriptor> NotCheckable { get; }

    /// <summary>Whether the assembly records code evidence this version cannot read (a newer package built it).</summary>
    public bool HasUnreadCodeEvidence { get; }

    /// <summary>Why a rule of <see cref="NotCheckable"/> is not checked, as one sentence after its id and title.</summary>
    public string WhyNotCheckable(RuleDescriptor rule) => PolicyCheck.WhyNotCheckable(rule, HasUnreadCodeEvidence);

    /// <summary>For each model, in the order of the assembly's models, the declarations the selected frameworks ask of it, with their status.</summary>
    public IReadOnlyList<ModelDeclarationReport> Declarations { get; }

    public int Count(RuleSeverity severity, bool suppressed)
    {
        var count = 0;
        foreach (var finding in Findings)
        {
            if (finding.Severity == severity && finding.IsSuppressed == suppressed)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether an error-level finding is left after risk acceptances.</summary>
    public bool HasErrors => Count(RuleSeverity.Error, suppressed: false) > 0;
}

/// <summary>
/// Applies the policy to a compiled assembly exactly as the build's analyzers apply it to source: every rule of
/// <see cref="RuleCatalog.All"/> over the same declarations (models, stray types for rules that want them, datasets, risk
/// acceptances, and the assembly-wide rules over the models in declaration order), the mode's severities, and the risk
/// acceptances as the build's suppressor applies them.
/// </summary>
internal static class PolicyCheck
{
    // Without an evidence root AIC209-AIC211 stay silent: a compiled assembly carries the evidence paths, not the files.
    public static CheckResult Run(ScannedAssembly scanned, PolicySettings settings, string fileName, string? evidenceRoot = null)
    {
        if (scanned is null)
        {
            throw new ArgumentNullException(nameof(scanned));
        }

        if (settings is null)
        {
            throw new ArgumentNullException(nameof(settings));
        }

        var declarations = WithEnclosingModels(scanned);
        var findings = new List<Finding>();
        void Report(Finding finding) => findings.Add(finding);
        var evidence = evidenceRoot is null ? null : Cards.EvidenceFolder.Read(evidenceRoot, declarations);

        // The analyzers run the assembly-wide rules over every declared type in source order (the compiler's type table).
        var assemblyView = declarations with { Types = InMetadataOrder(declarations, scanned) };
        foreach (var rule in RuleCatalog.All)
        {
            if (settings.Mode == ComplianceMode.None || rule.Descriptor.SeverityIn(settings.Mode) == RuleSeverity.None)
            {
                continue;
            }

            if (rule.ChecksModels)
            {
                foreach (var type in declarations.Types)
                {
                    if (type.Identity is null && !rule.ChecksStrayTypes)
                    {
                        continue;
                    }

                    rule.CheckModel(new ModelContext(type, declarations.Datasets, settings, Report, evidence, type.Code));
                }
            }

            if (rule.ChecksDatasets)
            {
                foreach (var dataset in declarations.Datasets)
                {
                    rule.CheckDataset(new DatasetContext(dataset, declarations.Datasets, settings, Report));
                }
            }

            if (rule.ChecksRiskAcceptances)
            {
                foreach (var acceptance in declarations.RiskAcceptances)
                {
                    rule.CheckRiskAcceptance(new RiskAcceptanceContext(acceptance, settings, Report));
                }
            }

            if (rule.ChecksAssembly)
            {
                rule.CheckAssembly(new AssemblyContext(assemblyView, settings, Report));
            }
        }

        var models = new Dictionary<string, ModelDeclarations>(StringComparer.Ordinal);
        foreach (var type in declarations.Types)
        {
            models[type.TypeName] = type;
        }

        var result = new List<CheckedFinding>(findings.Count);
        foreach (var finding in findings)
        {
            var severity = settings.SeverityOf(finding.Rule);
            if (severity == RuleSeverity.None)
            {
                continue;
            }

            result.Add(Describe(finding, severity, scanned, models, settings));
        }

        result.Sort(Compare);
        // The source-only rules (AIC001, AIC005) have a descriptor and no policy logic, so they are not in RuleCatalog.All.
        var codeRules = new HashSet<string>(StringComparer.Ordinal);
        var unreadEvidence = declarations.HasUnreadCodeEvidence;
        if (!declarations.RecordsCodeEvidence || unreadEvidence)
        {
            foreach (var rule in RuleCatalog.All)
            {
                if (rule.ReadsCode)
                {
                    codeRules.Add(rule.Descriptor.Id);
                }
            }
        }

        var notCheckable = new List<RuleDescriptor>();
        foreach (var descriptor in RuleCatalog.Descriptors)
        {
            if (descriptor.SeverityIn(settings.Mode) != RuleSeverity.None && (descriptor.NeedsSource || codeRules.Contains(descriptor.Id)))
            {
                notCheckable.Add(descriptor);
            }
        }

        var reports = new List<ModelDeclarationReport>();
        foreach (var model in declarations.Models)
        {
            reports.Add(new ModelDeclarationReport(model, DeclarationStatuses.Of(model, declarations.Datasets, settings).ExpectedBy(settings)));
        }

        return new CheckResult(fileName, scanned, settings, result, notCheckable, reports, unreadEvidence);
    }

    /// <summary>
    /// Why a rule of <see cref="CheckResult.NotCheckable"/> is not checked, as one sentence after its id and title. The
    /// code-evidence rules read what the package's generator recorded in the assembly; an assembly that records nothing
    /// (built without the package's analyzers, or by an older package that recorded only what it observed) cannot say
    /// whether the code contradicts a declaration, and neither can one that records entries this version cannot read (a
    /// newer package's): the absence of a finding would prove nothing, so they are listed rather than passed silently.
    /// What was read is still checked: a contradiction found in it is reported.
    /// </summary>
    public static string WhyNotCheckable(RuleDescriptor rule, bool unreadCodeEvidence = false) => rule.NeedsSource
        ? "needs source code and is not checkable from a compiled assembly; the build's analyzers report it."
        : unreadCodeEvidence
            ? "reads the code evidence the package records in the assembly ([assembly: ObservedInCode]), and this assembly records entries this version of the tool cannot read (a newer package built it): only what it read was checked; use the tool of the package version that built the assembly."
            : "reads the code evidence the package records in the assembly ([assembly: ObservedInCode]), and this assembly records none; the build's analyzers report it.";

    /// <summary>The 1-based rank of a severity for sorting: errors first.</summary>
    public static int Rank(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => 0,
        RuleSeverity.Warning => 1,
        RuleSeverity.Info => 2,
        _ => 3,
    };

    /// <summary>
    /// The declarations with <see cref="ModelDeclarations.EnclosingModelId"/> filled in for types without
    /// <c>[AiModel]</c> that are nested in a model, as the analyzers fill it from the containing symbols.
    /// </summary>
    private static AssemblyDeclarations WithEnclosingModels(ScannedAssembly scanned)
    {
        var declarations = scanned.Declarations;
        var byName = new Dictionary<string, ModelDeclarations>(StringComparer.Ordinal);
        foreach (var type in declarations.Types)
        {
            byName[type.TypeName] = type;
        }

        var types = new List<ModelDeclarations>(declarations.Types.Count);
        foreach (var type in declarations.Types)
        {
            string? enclosing = null;
            if (type.Identity is null && scanned.ContainingTypes.TryGetValue(type.TypeName, out var containers))
            {
                foreach (var container in containers)
                {
                    if (byName.TryGetValue(container, out var outer) && outer.Identity is not null)
                    {
                        enclosing = RiskAcceptances.SubjectModelId(outer);
                        break;
                    }
                }
            }

            types.Add(enclosing is null ? type : type with { EnclosingModelId = enclosing });
        }

        return declarations with { Types = types };
    }

    private static List<ModelDeclarations> InMetadataOrder(AssemblyDeclarations declarations, ScannedAssembly scanned)
    {
        var byName = new Dictionary<string, ModelDeclarations>(StringComparer.Ordinal);
        foreach (var type in declarations.Types)
        {
            byName[type.TypeName] = type;
        }

        var ordered = new List<ModelDeclarations>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in scanned.MetadataOrder)
        {
            if (byName.TryGetValue(name, out var type) && seen.Add(name))
            {
                ordered.Add(type);
            }
        }

        // Anything the order does not name (a hand-built ScannedAssembly) keeps the name order, after the rest.
        foreach (var type in declarations.Types)
        {
            if (seen.Add(type.TypeName))
            {
                ordered.Add(type);
            }
        }

        return ordered;
    }

    private static CheckedFinding Describe(Finding finding, RuleSeverity severity, ScannedAssembly scanned, Dictionary<string, ModelDeclarations> types, PolicySettings settings)
    {
        var declarations = scanned.Declarations;
        var target = finding.Target;
        var attribute = target is null ? null : ShortName(target.AttributeName);
        SubjectKind kind;
        string subjectId;
        int? occurrence = null;
        int? attributeOccurrence = null;
        string? typeName = null;
        string? modelId = null;
        switch (target)
        {
            case DatasetDeclaration dataset:
                kind = SubjectKind.Dataset;
                subjectId = dataset.Id ?? "";
                occurrence = declarations.Datasets.Count > 1 ? IndexOf(declarations.Datasets, dataset) + 1 : null;
                break;
            case RiskAcceptanceDeclaration acceptance:
                kind = SubjectKind.RiskAcceptance;
                subjectId = acceptance.RuleId?.Trim() ?? "";
                occurrence = declarations.RiskAcceptances.Count > 1 ? IndexOf(declarations.RiskAcceptances, acceptance) + 1 : null;
                break;
            default:
                var model = finding.Model;
                kind = model?.Identity is null ? SubjectKind.Type : SubjectKind.Model;
                typeName = model?.TypeName;
                subjectId = kind == SubjectKind.Model ? model!.DisplayId : typeName ?? "";
                modelId = RiskAcceptances.SubjectModelId(model);
                attributeOccurrence = model is null || target is null ? null : Occurrence(model, target);
                break;
        }

        RiskAcceptanceDeclaration? suppressedBy = null;
        if (!Contains(RiskAcceptances.NeverAcceptable, finding.Rule.Id))
        {
            suppressedBy = RiskAcceptances.FindActive(declarations.RiskAcceptances, finding.Rule.Id, modelId, settings);
        }

        return new CheckedFinding(finding, severity, kind, subjectId, occurrence, typeName, modelId, attribute, attributeOccurrence, suppressedBy);
    }

    /// <summary>Which of the model's attributes of a repeatable kind the target is (1-based), when there are several.</summary>
    private static int? Occurrence(ModelDeclarations model, Declaration target)
    {
        if (DeclarationKinds.Find(target.AttributeName) is not { Repeatable: true } kind)
        {
            return null;
        }

        var all = new List<Declaration>(kind.In(model));
        return all.Count > 1 ? IndexOf(all, target) + 1 : null;
    }

    private static int IndexOf<T>(IReadOnlyList<T> list, T item)
        where T : class
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Contains(IReadOnlyList<string> ids, string id)
    {
        foreach (var candidate in ids)
        {
            if (string.Equals(candidate, id, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    internal static string ShortName(string attributeName) =>
        attributeName.EndsWith("Attribute", StringComparison.Ordinal) ? attributeName.Substring(0, attributeName.Length - "Attribute".Length) : attributeName;

    private static int Compare(CheckedFinding a, CheckedFinding b)
    {
        var order = a.IsSuppressed.CompareTo(b.IsSuppressed);
        if (order == 0)
        {
            order = Rank(a.Severity).CompareTo(Rank(b.Severity));
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Rule.Id, b.Rule.Id);
        }

        if (order == 0)
        {
            order = ((int)a.SubjectKind).CompareTo((int)b.SubjectKind);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.SubjectId, b.SubjectId);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Location, b.Location);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Message, b.Message);
        }

        return order;
    }
}
