using System;
using System.Collections.Generic;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards.Reading;

/// <summary>What the metadata reader found in one assembly file: its declarations and what identifies the file.</summary>
public sealed class ScannedAssembly
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoContainingTypes = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Creates the result of a scan.</summary>
    public ScannedAssembly(AssemblyDeclarations declarations, Guid mvid, string sha256, string? informationalVersion)
        : this(declarations, mvid, sha256, informationalVersion, null, null)
    {
    }

    /// <summary>Creates the result of a scan, with the metadata order of the types and their containing types.</summary>
    public ScannedAssembly(
        AssemblyDeclarations declarations,
        Guid mvid,
        string sha256,
        string? informationalVersion,
        IReadOnlyList<string>? metadataOrder,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? containingTypes)
    {
        Declarations = declarations ?? throw new ArgumentNullException(nameof(declarations));
        Mvid = mvid;
        Sha256 = sha256;
        InformationalVersion = informationalVersion;
        ContainingTypes = containingTypes ?? NoContainingTypes;
        if (metadataOrder is null)
        {
            var names = new List<string>();
            foreach (var type in declarations.Types)
            {
                names.Add(type.TypeName);
            }

            metadataOrder = names;
        }

        MetadataOrder = metadataOrder;
    }

    /// <summary>The models, stray declarations, datasets and risk acceptances, bound exactly as the analyzers bind them.</summary>
    public AssemblyDeclarations Declarations { get; }

    /// <summary>The module version id the compiler gave this build of the assembly.</summary>
    public Guid Mvid { get; }

    /// <summary>The SHA-256 of the file's bytes, lowercase hex.</summary>
    public string Sha256 { get; }

    /// <summary>The <c>AssemblyInformationalVersion</c> (the package version), when the assembly declares one.</summary>
    public string? InformationalVersion { get; }

    /// <summary>
    /// The names of the types with declarations in the order of the assembly's type table. The compiler writes types in
    /// declaration order (per namespace), which is how the analyzers order models for assembly-wide rules such as AIC002;
    /// <see cref="AssemblyDeclarations.Types"/> is sorted by name instead.
    /// </summary>
    public IReadOnlyList<string> MetadataOrder { get; }

    /// <summary>For each nested type with declarations, the names of the types that contain it, innermost first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ContainingTypes { get; }
}
