using System.Reflection;

namespace AiCompliance.ModelCards;

/// <summary>What every card says about the tool that wrote it.</summary>
public static class GeneratorInfo
{
    /// <summary>The generator's name.</summary>
    public const string Name = "AiCompliance";

    /// <summary>The version of the card formats this generator writes (the JSON card's <c>schemaVersion</c>).</summary>
    public const string CardFormatVersion = "1.6";

    /// <summary>The JSON card schema's published address.</summary>
    public const string JsonSchemaUri = Policy.RepositoryLinks.Schemas + "model-card.schema.json";

    /// <summary>The documentation of the cards and of the <c>aicompliance:</c> CycloneDX properties.</summary>
    public const string DocumentationUri = Policy.RepositoryLinks.Docs + "model-cards.md";

    /// <summary>
    /// The package version of the generator, without source-control metadata ("0.1.0", not "0.1.0+5f3e…"), so that
    /// rebuilding the same version from another commit does not change every card.
    /// </summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var version = typeof(GeneratorInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(GeneratorInfo).Assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus >= 0 ? version.Substring(0, plus) : version;
    }
}
