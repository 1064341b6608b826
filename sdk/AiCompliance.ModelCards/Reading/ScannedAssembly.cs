using System;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards.Reading;

/// <summary>What the metadata reader found in one assembly file: its declarations and what identifies the file.</summary>
public sealed class ScannedAssembly
{
    /// <summary>Creates the result of a scan.</summary>
    public ScannedAssembly(AssemblyDeclarations declarations, Guid mvid, string sha256, string? informationalVersion)
    {
        Declarations = declarations;
        Mvid = mvid;
        Sha256 = sha256;
        InformationalVersion = informationalVersion;
    }

    /// <summary>The models, stray declarations and datasets, bound exactly as the analyzers bind them.</summary>
    public AssemblyDeclarations Declarations { get; }

    /// <summary>The module version id the compiler gave this build of the assembly.</summary>
    public Guid Mvid { get; }

    /// <summary>The SHA-256 of the file's bytes, lowercase hex.</summary>
    public string Sha256 { get; }

    /// <summary>The <c>AssemblyInformationalVersion</c> (the package version), when the assembly declares one.</summary>
    public string? InformationalVersion { get; }
}
