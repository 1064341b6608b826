using System;
using System.Collections.Generic;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// A rule that can be checked from declarations alone, so the analyzers (from source) and <c>aicompliance check</c>
/// (from metadata) report the same findings. Each rule overrides the scopes it needs.
/// </summary>
public abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Whether <see cref="CheckModel"/> does anything (lets analyzers skip registering actions).</summary>
    public virtual bool ChecksModels => false;

    /// <summary>Whether <see cref="CheckModel"/> also wants types that carry declarations but no <c>[AiModel]</c>.</summary>
    public virtual bool ChecksStrayTypes => false;

    /// <summary>Whether <see cref="CheckDataset"/> does anything.</summary>
    public virtual bool ChecksDatasets => false;

    /// <summary>Whether <see cref="CheckRiskAcceptance"/> does anything.</summary>
    public virtual bool ChecksRiskAcceptances => false;

    /// <summary>Whether <see cref="CheckAssembly"/> does anything; such rules need every model, so analyzers run them at compilation end.</summary>
    public virtual bool ChecksAssembly => false;

    /// <summary>Whether <see cref="CheckModel"/> reads <see cref="ModelContext.Evidence"/> (the analyzers then collect the build's AdditionalFiles).</summary>
    public virtual bool ReadsEvidence => false;

    /// <summary>
    /// Whether <see cref="CheckModel"/> reads <see cref="ModelContext.Code"/> (the analyzers then collect what the
    /// model's source code shows; see <see cref="CodeEvidence.ModelCodeEvidence"/>).
    /// </summary>
    public virtual bool ReadsCode => false;

    /// <summary>
    /// Whether <see cref="CheckModel"/> reads <see cref="ModelContext.PromptFlows"/> (the analyzers then run the flow
    /// analysis on the model's code; see <see cref="CodeEvidence.PromptFlow"/>).
    /// </summary>
    public virtual bool ReadsPromptFlows => false;

    /// <summary>
    /// Whether <see cref="CheckPromptFlows"/> does anything: it runs for the prompt flows of every type of the source,
    /// declared as a model or not (an ASP.NET Core controller that builds a prompt need not be one).
    /// </summary>
    public virtual bool ChecksPromptFlows => false;

    /// <summary>Checks one model (or, when <see cref="ChecksStrayTypes"/>, one type with declarations).</summary>
    public virtual void CheckModel(ModelContext context)
    {
    }

    /// <summary>Checks one <c>[assembly: Dataset]</c>.</summary>
    public virtual void CheckDataset(DatasetContext context)
    {
    }

    /// <summary>Checks one <c>[assembly: RiskAcceptance]</c>.</summary>
    public virtual void CheckRiskAcceptance(RiskAcceptanceContext context)
    {
    }

    /// <summary>Checks the whole assembly (duplicates across types).</summary>
    public virtual void CheckAssembly(AssemblyContext context)
    {
    }

    /// <summary>Checks the prompt flows found in one type's code.</summary>
    public virtual void CheckPromptFlows(PromptFlowContext context)
    {
    }
}

/// <summary>What a check of one type's prompt flows sees: only source code has them.</summary>
public sealed class PromptFlowContext
{
    private readonly Action<Finding> _report;

    public PromptFlowContext(IReadOnlyList<CodeEvidence.PromptFlow> flows, PolicySettings settings, Action<Finding> report)
    {
        Flows = flows;
        Settings = settings;
        _report = report;
    }

    /// <summary>The flows, in source order of their sinks.</summary>
    public IReadOnlyList<CodeEvidence.PromptFlow> Flows { get; }

    public PolicySettings Settings { get; }

    /// <summary>Reports a finding at a place in the code (<see cref="Finding.CodeOrigin"/>); it concerns no declared model.</summary>
    public void ReportInCode(RuleDescriptor rule, object? codeOrigin, params object?[] arguments) =>
        _report(new Finding(rule, null, null, null, null, arguments) { CodeOrigin = codeOrigin });
}

/// <summary>What a model check sees.</summary>
public sealed class ModelContext
{
    private readonly Action<Finding> _report;

    public ModelContext(ModelDeclarations model, IReadOnlyList<DatasetDeclaration> datasets, PolicySettings settings, Action<Finding> report, Evidence.EvidenceFiles? evidence = null, CodeEvidence.ModelCodeEvidence? code = null, IReadOnlyList<CodeEvidence.PromptFlow>? promptFlows = null)
    {
        Code = code;
        PromptFlows = promptFlows;
        Model = model;
        Datasets = datasets;
        Settings = settings;
        Evidence = evidence;
        Risk = RiskContext.For(model);
        _report = report;
    }

    public ModelDeclarations Model { get; }

    /// <summary>Every dataset the assembly declares.</summary>
    public IReadOnlyList<DatasetDeclaration> Datasets { get; }

    public PolicySettings Settings { get; }

    public RiskContext Risk { get; }

    /// <summary>
    /// The result files the build was given (its AdditionalFiles); <see langword="null"/> where there are none to read,
    /// as in <c>aicompliance check</c> on a compiled assembly, so the evidence rules stay silent rather than guess.
    /// </summary>
    public Evidence.EvidenceFiles? Evidence { get; }

    /// <summary>
    /// What the model's source code shows (model names called, tools exposed); <see langword="null"/> where there is no
    /// source, as in <c>aicompliance check</c> on a compiled assembly, so the code-evidence rules stay silent.
    /// </summary>
    public CodeEvidence.ModelCodeEvidence? Code { get; }

    /// <summary>
    /// The values the model's code passes into prompts from classified or request sources; <see langword="null"/>
    /// where there is no source or no rule asked for them, so the flow rules stay silent rather than guess.
    /// </summary>
    public IReadOnlyList<CodeEvidence.PromptFlow>? PromptFlows { get; }

    /// <summary>The dataset an id refers to, compared as <see cref="DeclarationIds"/> says.</summary>
    public DatasetDeclaration? FindDataset(string? id) => DeclarationIds.FindDataset(Datasets, id);

    public void Report(RuleDescriptor rule, Declaration? target, string? property, int? element, params object?[] arguments) =>
        _report(new Finding(rule, Model, target, property, element, arguments));

    /// <summary>Reports a finding with facts its message leaves out (<see cref="Finding.Properties"/>).</summary>
    public void ReportWithProperties(RuleDescriptor rule, Declaration? target, string? property, int? element, IReadOnlyDictionary<string, string?> properties, params object?[] arguments) =>
        _report(new Finding(rule, Model, target, property, element, arguments, properties));

    /// <summary>Reports a finding at a place in the model's code (<see cref="Finding.CodeOrigin"/>) rather than at a declaration.</summary>
    public void ReportInCode(RuleDescriptor rule, object? codeOrigin, IReadOnlyDictionary<string, string?>? properties, params object?[] arguments) =>
        _report(new Finding(rule, Model, null, null, null, arguments, properties) { CodeOrigin = codeOrigin });
}

/// <summary>What a dataset check sees.</summary>
public sealed class DatasetContext
{
    private readonly Action<Finding> _report;

    public DatasetContext(DatasetDeclaration dataset, IReadOnlyList<DatasetDeclaration> datasets, PolicySettings settings, Action<Finding> report)
    {
        Dataset = dataset;
        Datasets = datasets;
        Settings = settings;
        _report = report;
    }

    public DatasetDeclaration Dataset { get; }

    public IReadOnlyList<DatasetDeclaration> Datasets { get; }

    public PolicySettings Settings { get; }

    public void Report(RuleDescriptor rule, string? property, int? element, params object?[] arguments) =>
        _report(new Finding(rule, null, Dataset, property, element, arguments));

    /// <summary>Reports a finding with facts its message leaves out (<see cref="Finding.Properties"/>).</summary>
    public void ReportWithProperties(RuleDescriptor rule, string? property, int? element, IReadOnlyDictionary<string, string?> properties, params object?[] arguments) =>
        _report(new Finding(rule, null, Dataset, property, element, arguments, properties));
}

/// <summary>What a risk-acceptance check sees.</summary>
public sealed class RiskAcceptanceContext
{
    private readonly Action<Finding> _report;

    public RiskAcceptanceContext(RiskAcceptanceDeclaration acceptance, PolicySettings settings, Action<Finding> report)
    {
        Acceptance = acceptance;
        Settings = settings;
        _report = report;
    }

    public RiskAcceptanceDeclaration Acceptance { get; }

    public PolicySettings Settings { get; }

    public void Report(RuleDescriptor rule, string? property, params object?[] arguments) =>
        _report(new Finding(rule, null, Acceptance, property, null, arguments));
}

/// <summary>What an assembly-wide check sees.</summary>
public sealed class AssemblyContext
{
    private readonly Action<Finding> _report;

    public AssemblyContext(AssemblyDeclarations assembly, PolicySettings settings, Action<Finding> report)
    {
        Assembly = assembly;
        Settings = settings;
        _report = report;
    }

    public AssemblyDeclarations Assembly { get; }

    public PolicySettings Settings { get; }

    public void Report(RuleDescriptor rule, ModelDeclarations? model, Declaration? target, string? property, int? element, params object?[] arguments) =>
        _report(new Finding(rule, model, target, property, element, arguments));
}
