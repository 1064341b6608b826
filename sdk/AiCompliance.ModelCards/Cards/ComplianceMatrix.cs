using System;
using System.Collections.Generic;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Frameworks;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.ModelCards.Cards;

/// <summary>
/// What a model card says about one clause, or about one declaration a clause cites: declared, one of the states that
/// are not (<see cref="Policy.Requirements.DeclarationStatus"/>), or not applicable. Never "compliant".
/// </summary>
public enum ClauseStatus
{
    /// <summary>Every declaration the clause asks of this model is declared: present, with visible, valid, consistent and current content.</summary>
    Declared = 0,

    /// <summary>At least one declaration the clause asks of this model is absent.</summary>
    Missing = 1,

    /// <summary>The clause asks for nothing from a model with this risk, sector and kind.</summary>
    NotApplicable = 2,

    /// <summary>At least one is present but out of date, and none is worse.</summary>
    OutOfDate = 3,

    /// <summary>At least one is present with an invalid value, and none is worse.</summary>
    Invalid = 4,

    /// <summary>At least one is contradicted by the model's other declarations, and none is worse.</summary>
    Contradicted = 5,

    /// <summary>At least one is present with empty, invisible or placeholder content, and none is absent.</summary>
    Incomplete = 6,
}

/// <summary>
/// The framework-coverage section of a card: for the selected frameworks, in the order selected, what the model's
/// declarations answer of each clause that asks something of a model, and apart from them the context clauses, which
/// ask nothing of a model and are never scored. It records declarations, never compliance.
/// </summary>
public sealed class ComplianceMatrix
{
    internal ComplianceMatrix(IReadOnlyList<FrameworkCompliance> frameworks) => Frameworks = frameworks;

    /// <summary>One entry per selected framework, even those with no clause that cites a declaration.</summary>
    public IReadOnlyList<FrameworkCompliance> Frameworks { get; }

    /// <summary>
    /// The text every format uses for a status: "declared", "missing", "not applicable", or the text of the declaration
    /// state ("incomplete", "invalid", "contradicted", "out of date").
    /// </summary>
    public static string Text(ClauseStatus status) => status == ClauseStatus.NotApplicable ? "not applicable" : DeclarationStatuses.Text(ToDeclarationStatus(status));

    /// <summary>The token used in identifiers and CSS classes: "declared", "missing", "not-applicable", "out-of-date", ….</summary>
    public static string Token(ClauseStatus status) => Text(status).Replace(' ', '-');

    /// <summary>The clause status that stands for a declaration's state.</summary>
    public static ClauseStatus From(DeclarationStatus status) => status switch
    {
        DeclarationStatus.Declared => ClauseStatus.Declared,
        DeclarationStatus.OutOfDate => ClauseStatus.OutOfDate,
        DeclarationStatus.Invalid => ClauseStatus.Invalid,
        DeclarationStatus.Contradicted => ClauseStatus.Contradicted,
        DeclarationStatus.Incomplete => ClauseStatus.Incomplete,
        _ => ClauseStatus.Missing,
    };

    private static DeclarationStatus ToDeclarationStatus(ClauseStatus status) => status switch
    {
        ClauseStatus.Declared => DeclarationStatus.Declared,
        ClauseStatus.OutOfDate => DeclarationStatus.OutOfDate,
        ClauseStatus.Invalid => DeclarationStatus.Invalid,
        ClauseStatus.Contradicted => DeclarationStatus.Contradicted,
        ClauseStatus.Incomplete => DeclarationStatus.Incomplete,
        _ => DeclarationStatus.Missing,
    };

    /// <summary>The graver of two statuses of applicable declarations (the order of <see cref="DeclarationStatus"/>).</summary>
    internal static ClauseStatus Worse(ClauseStatus a, ClauseStatus b) =>
        From(DeclarationStatuses.Worse(ToDeclarationStatus(a), ToDeclarationStatus(b)));
}

/// <summary>One framework's rows.</summary>
public sealed class FrameworkCompliance
{
    internal FrameworkCompliance(Framework framework, IReadOnlyList<ClauseCompliance> clauses)
    {
        Framework = framework;
        Clauses = clauses;
        var context = new List<Clause>();
        foreach (var clause in framework.Clauses)
        {
            if (clause.Tier == ClauseTier.Context)
            {
                context.Add(clause);
            }
        }

        Context = context;
    }

    /// <summary>The framework, with its version and date.</summary>
    public Framework Framework { get; }

    /// <summary>The clauses some declaration cites, in the framework's table order; never a context clause.</summary>
    public IReadOnlyList<ClauseCompliance> Clauses { get; }

    /// <summary>
    /// The framework's context clauses (<see cref="ClauseTier.Context"/>), in table order: shown apart with their
    /// reason, never scored, never counted as declared or missing.
    /// </summary>
    public IReadOnlyList<Clause> Context { get; }
}

/// <summary>One clause, its status for the model, and the declarations behind the status.</summary>
public sealed class ClauseCompliance
{
    internal ClauseCompliance(string clauseId, Clause? clause, bool toVerify, ClauseStatus status, IReadOnlyList<ClauseDeclaration> declarations)
    {
        ClauseId = clauseId;
        Clause = clause;
        ToVerify = toVerify;
        Status = status;
        Declarations = declarations;
    }

    /// <summary>The clause's id in its framework.</summary>
    public string ClauseId { get; }

    /// <summary>The clause from the framework table (its title and confidence), when the table has it.</summary>
    public Clause? Clause { get; }

    /// <summary>Whether every citation of this clause is marked "to verify" (low confidence).</summary>
    public bool ToVerify { get; }

    /// <summary>The status for this model.</summary>
    public ClauseStatus Status { get; }

    /// <summary>Every declaration that cites the clause, with its own status, in declaration-table order.</summary>
    public IReadOnlyList<ClauseDeclaration> Declarations { get; }

    /// <summary>The declarations that are absent.</summary>
    public IEnumerable<DeclarationDefinition> Missing
    {
        get
        {
            foreach (var declaration in Declarations)
            {
                if (declaration.Status == ClauseStatus.Missing)
                {
                    yield return declaration.Declaration;
                }
            }
        }
    }

    /// <summary>The applicable declarations that are not declared (absent, incomplete, invalid, contradicted or out of date).</summary>
    public IEnumerable<ClauseDeclaration> NotDeclared
    {
        get
        {
            foreach (var declaration in Declarations)
            {
                if (declaration.Status is not (ClauseStatus.Declared or ClauseStatus.NotApplicable))
                {
                    yield return declaration;
                }
            }
        }
    }
}

/// <summary>One declaration cited by a clause, and its status for the model.</summary>
public sealed class ClauseDeclaration
{
    internal ClauseDeclaration(DeclarationDefinition declaration, ClauseStatus status, bool toVerify, string? reason)
    {
        Declaration = declaration;
        Status = status;
        ToVerify = toVerify;
        Reason = reason;
    }

    /// <summary>The declaration.</summary>
    public DeclarationDefinition Declaration { get; }

    /// <summary>Declared, not applicable to this model, or the state that keeps it from being declared.</summary>
    public ClauseStatus Status { get; }

    /// <summary>Whether this citation is marked "to verify".</summary>
    public bool ToVerify { get; }

    /// <summary>Why an applicable declaration is not declared (it may quote declared text); null otherwise.</summary>
    public string? Reason { get; }
}

/// <summary>
/// The clause-to-declaration index for one policy, computed once per run: which declarations cite each clause of each
/// selected framework. Building a model's matrix is then linear in the number of citations.
/// </summary>
internal sealed class ComplianceIndex
{
    private readonly PolicySettings _settings;
    private readonly List<(Framework Framework, List<(string ClauseId, Clause? Clause, List<(DeclarationDefinition Declaration, bool ToVerify)> Citations)> Clauses)> _frameworks = new();

    public ComplianceIndex(PolicySettings settings)
    {
        _settings = settings;
        foreach (var framework in settings.Frameworks)
        {
            var clauses = new Dictionary<string, List<(DeclarationDefinition, bool)>>(StringComparer.Ordinal);
            var citationOrder = new List<string>();
            foreach (var declaration in DeclarationCatalog.All)
            {
                foreach (var reference in settings.SelectedReferences(declaration))
                {
                    // A context clause asks nothing of a model, so no declaration can answer it (the table tests
                    // forbid citing one); were one cited, scoring it would over-claim.
                    if (reference.FrameworkId != framework.Id || reference.Resolve()?.Tier == ClauseTier.Context)
                    {
                        continue;
                    }

                    if (!clauses.TryGetValue(reference.ClauseId, out var citations))
                    {
                        citations = new List<(DeclarationDefinition, bool)>();
                        clauses[reference.ClauseId] = citations;
                        citationOrder.Add(reference.ClauseId);
                    }

                    if (!citations.Exists(c => ReferenceEquals(c.Item1, declaration)))
                    {
                        citations.Add((declaration, reference.ToVerify));
                    }
                }
            }

            // Rows follow the framework's own table; a cited id the table lacks (an inconsistency the policy tests
            // forbid) still gets a row, after the others, rather than vanishing.
            var rows = new List<(string, Clause?, List<(DeclarationDefinition, bool)>)>();
            foreach (var clause in framework.Clauses)
            {
                if (clauses.TryGetValue(clause.Id, out var citations))
                {
                    rows.Add((clause.Id, clause, citations));
                    clauses.Remove(clause.Id);
                }
            }

            foreach (var id in citationOrder)
            {
                if (clauses.TryGetValue(id, out var citations))
                {
                    rows.Add((id, null, citations));
                }
            }

            _frameworks.Add((framework, rows));
        }
    }

    public ComplianceMatrix Evaluate(ModelDeclarations model, ModelDeclarationStatuses declared)
    {
        var risk = RiskContext.For(model);
        var frameworks = new List<FrameworkCompliance>(_frameworks.Count);
        foreach (var (framework, clauses) in _frameworks)
        {
            var rows = new List<ClauseCompliance>(clauses.Count);
            foreach (var (clauseId, clause, citations) in clauses)
            {
                var statuses = new List<ClauseDeclaration>(citations.Count);
                ClauseStatus? clauseStatus = null;
                var allToVerify = true;
                foreach (var (declaration, toVerify) in citations)
                {
                    // Only the declarations this clause cites decide its row.
                    var entry = declared[declaration.Id];
                    var status = _settings.AppliesTo(declaration, risk) ? ComplianceMatrix.From(entry.Status) : ClauseStatus.NotApplicable;
                    if (status != ClauseStatus.NotApplicable)
                    {
                        clauseStatus = clauseStatus is { } worst ? ComplianceMatrix.Worse(worst, status) : status;
                    }

                    allToVerify &= toVerify;
                    statuses.Add(new ClauseDeclaration(declaration, status, toVerify, status == ClauseStatus.NotApplicable ? null : entry.Reason));
                }

                rows.Add(new ClauseCompliance(clauseId, clause, allToVerify && citations.Count > 0, clauseStatus ?? ClauseStatus.NotApplicable, statuses));
            }

            frameworks.Add(new FrameworkCompliance(framework, rows));
        }

        return new ComplianceMatrix(frameworks);
    }
}
