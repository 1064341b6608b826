using System;
using System.Collections.Generic;
using System.Linq;
using AiCompliance.ModelCards.Cards;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Frameworks;

namespace AiCompliance.ModelCards.Writers;

/// <summary>
/// The CycloneDX 1.6 attestation part of the BOM: each selected framework as a standard in <c>definitions</c>, with
/// every clause as a requirement (context clauses marked as such), and in <c>declarations</c> what each model declares
/// of the requirements that ask something of it. A claim's predicate says what the model <em>declares</em>, or, as a
/// counter-claim, what it does not; it never says that the model complies or conforms. Evidence points at the
/// declarations the claim rests on (the attribute, the type and the assembly) and at the evidence files they name.
/// </summary>
/// <remarks>
/// Claims target the model's component in <c>components</c> by its <c>bom-ref</c>, so <c>declarations.targets</c>
/// (for subjects the BOM does not already describe) stays empty. No <c>conformance</c> score and no
/// <c>affirmation</c> are written: the generator reads declarations; it does not assess or sign them.
/// </remarks>
internal static class CycloneDxAttestations
{
    /// <summary>The one assessor: the team that writes the declarations; the generator only reads them.</summary>
    internal const string AssessorRef = "assessor:self";

    /// <summary>
    /// The declaration properties (in the registry) that name an evidence file and its hash: when a declaration kind
    /// has them, the files become evidence data of the claims that rest on it.
    /// </summary>
    internal const string EvidenceFileProperty = "Evidence";

    internal const string EvidenceHashProperty = "EvidenceSha256";

    internal static string StandardRef(Framework framework) => "standard:" + framework.Id;

    internal static string RequirementRef(Framework framework, string clauseId) => "requirement:" + framework.Id + ":" + clauseId;

    public static CycloneDxDefinitions? Definitions(PolicySettings settings)
    {
        if (settings.Frameworks.Count == 0)
        {
            return null;
        }

        return new CycloneDxDefinitions(settings.Frameworks.Select(framework => new CycloneDxStandard(
            StandardRef(framework),
            framework.Title,
            framework.Version,
            framework.Publisher,
            framework.Clauses.Select(clause => Requirement(framework, clause)).ToList(),
            framework.Url is { } url ? new[] { new CycloneDxExternalReference("documentation", url) } : null)).ToList());
    }

    private static CycloneDxRequirement Requirement(Framework framework, Clause clause)
    {
        var descriptions = new List<string>();
        if (clause.ContextReason is { } reason)
        {
            descriptions.Add("Context, never scored: " + reason);
        }

        if (clause.Note is { } note)
        {
            descriptions.Add(note);
        }

        if (clause.Source is { } source)
        {
            descriptions.Add("Source: " + source);
        }

        var properties = new List<CycloneDxProperty>
        {
            new(CycloneDxWriter.PropertyNamespace + "clause:tier", clause.Tier == ClauseTier.Context ? "context" : "requirement"),
            new(CycloneDxWriter.PropertyNamespace + "clause:confidence", clause.Confidence.ToString().ToLowerInvariant()),
        };
        return new CycloneDxRequirement(RequirementRef(framework, clause.Id), clause.Id, clause.Title, descriptions.Count == 0 ? null : descriptions, properties);
    }

    /// <summary>The claims, counter-claims, evidence and one attestation per model; null when no model has a scored clause.</summary>
    public static CycloneDxDeclarations? Declarations(IReadOnlyList<(ModelCard Card, string ModelRef)> models, CardSource source)
    {
        var attestations = new List<CycloneDxAttestation>();
        var claims = new List<CycloneDxClaim>();
        var evidence = new List<CycloneDxEvidence>();
        foreach (var (card, modelRef) in models)
        {
            var map = new List<CycloneDxAttestationMap>();
            var evidenceRefs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var framework in card.Compliance.Frameworks)
            {
                foreach (var clause in framework.Clauses)
                {
                    if (clause.Clause is null || clause.Status == ClauseStatus.NotApplicable)
                    {
                        continue;
                    }

                    var claimRef = "claim:" + card.FileName + ":" + framework.Framework.Id + ":" + clause.ClauseId;
                    var applicable = clause.Declarations.Where(d => d.Status != ClauseStatus.NotApplicable).ToList();
                    var declared = clause.Status == ClauseStatus.Declared;
                    var claimEvidence = new List<string>();
                    foreach (var declaration in applicable.Where(d => d.Status != ClauseStatus.Missing))
                    {
                        claimEvidence.Add(EvidenceFor(card, declaration, source, evidenceRefs, evidence));
                    }

                    var asked = "what " + framework.Framework.Id + " " + clause.ClauseId + " asks of this model";
                    claims.Add(new CycloneDxClaim(
                        claimRef,
                        modelRef,
                        declared
                            ? "declares " + Phrases(applicable) + " (" + asked + ")"
                            : "does not declare " + Phrases(clause.NotDeclared) + " (" + asked + ")",
                        declared
                            ? "Each declaration is present in the compiled assembly with visible, valid, consistent and current content. The model's team declares it; nobody has verified it, and it is not a finding of conformity."
                            : "Not declared: " + string.Join("; ", clause.NotDeclared.Select(d => d.Declaration.Phrase + " is " + ComplianceMatrix.Text(d.Status) + (d.Reason is { } why ? " (" + Escaping.Clean(why) + ")" : ""))) + ".",
                        claimEvidence.Count == 0 ? null : claimEvidence));
                    map.Add(new CycloneDxAttestationMap(
                        RequirementRef(framework.Framework, clause.ClauseId),
                        declared ? new[] { claimRef } : null,
                        declared ? null : new[] { claimRef }));
                }
            }

            if (map.Count > 0)
            {
                attestations.Add(new CycloneDxAttestation(
                    "What '" + Escaping.Clean(card.Id) + "' declares of the selected frameworks' requirements, read from " + Escaping.Clean(source.AssemblyName)
                        + " by AiCompliance " + source.GeneratorVersion + ". Self-declared and not verified: a claim says what the model declares, a counter-claim what it does not; neither is a finding of conformity.",
                    AssessorRef,
                    map));
            }
        }

        if (attestations.Count == 0)
        {
            return null;
        }

        var assessor = new CycloneDxAssessor(AssessorRef, false, new CycloneDxOrganization("The team that declares the models of " + Escaping.Clean(source.AssemblyName)));
        return new CycloneDxDeclarations(new[] { assessor }, attestations, claims, evidence);
    }

    private static string Phrases(IEnumerable<ClauseDeclaration> declarations)
    {
        var phrases = declarations.Select(d => d.Declaration.Phrase).Distinct(StringComparer.Ordinal).ToList();
        return phrases.Count <= 1
            ? string.Concat(phrases)
            : string.Join(", ", phrases.Take(phrases.Count - 1)) + " and " + phrases[phrases.Count - 1];
    }

    /// <summary>The evidence of one declaration of one model, written once however many claims rest on it.</summary>
    private static string EvidenceFor(ModelCard card, ClauseDeclaration declaration, CardSource source, Dictionary<string, string> written, List<CycloneDxEvidence> evidence)
    {
        var id = declaration.Declaration.Id;
        if (written.TryGetValue(id, out var existing))
        {
            return existing;
        }

        var evidenceRef = "evidence:" + card.FileName + ":" + id;
        var files = EvidenceFiles(card.Model, id);
        var description = declaration.Declaration.HowToDeclare + " on " + Escaping.Clean(card.Model.TypeName) + ", compiled into "
            + Escaping.Clean(source.AssemblyName) + (source.AssemblyVersion is { } version ? " " + version : "") + " (SHA-256 " + source.Sha256 + ")"
            + "; status " + ComplianceMatrix.Text(declaration.Status) + "."
            + string.Concat(files.Select(file => " Evidence file " + file.Path + (file.Sha256 is { } hash ? " (declared SHA-256 " + hash + ")" : "") + "."));
        evidence.Add(new CycloneDxEvidence(
            evidenceRef,
            CycloneDxWriter.PropertyNamespace + "declaration:" + id,
            description,
            files.Count == 0 ? null : files.Select(file => new CycloneDxEvidenceData(file.Path)).ToList()));
        written[id] = evidenceRef;
        return evidenceRef;
    }

    /// <summary>
    /// The evidence files the model's declarations of this requirement name, through the registry's
    /// <see cref="EvidenceFileProperty"/> and <see cref="EvidenceHashProperty"/> properties; none when no kind has them.
    /// </summary>
    internal static IReadOnlyList<(string Path, string? Sha256)> EvidenceFiles(ModelDeclarations model, string requirementId)
    {
        var files = new List<(string, string?)>();
        foreach (var kind in DeclarationKinds.All)
        {
            if (kind.RequirementId != requirementId)
            {
                continue;
            }

            var fileProperty = kind.Properties.FirstOrDefault(p => p.Name == EvidenceFileProperty);
            if (fileProperty is null)
            {
                continue;
            }

            var hashProperty = kind.Properties.FirstOrDefault(p => p.Name == EvidenceHashProperty);
            foreach (var declaration in kind.In(model))
            {
                var path = RegistryValues.Texts(fileProperty, declaration).FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
                if (path is null)
                {
                    continue;
                }

                var hash = hashProperty is null ? null : RegistryValues.Texts(hashProperty, declaration).FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
                files.Add((Escaping.Clean(path.Trim()), hash is null ? null : Escaping.Clean(hash.Trim())));
            }
        }

        return files;
    }
}
