namespace AiCompliance.Policy;

/// <summary>
/// The one place that says where the project's documentation lives online: every rule's help link, the <c>$schema</c> of
/// the JSON card and diff, the SARIF log's information URI and the CLI's help derive from <see cref="Repository"/>. It
/// is the repository the packages name (<c>RepositoryUrl</c> and <c>PackageProjectUrl</c> in Directory.Build.props; a
/// test keeps them equal), and each derived link points at a file of this repository (a test checks that every help link
/// names an existing <c>docs/rules/&lt;ID&gt;.md</c> and every schema an existing file under <c>docs/schema</c>). A fork
/// that publishes elsewhere changes this constant and the two properties.
/// </summary>
public static class RepositoryLinks
{
    public const string Repository = "https://github.com/aicompliance/aicompliance";

    /// <summary>The docs folder of the default branch, as GitHub shows it.</summary>
    public const string Docs = Repository + "/blob/main/docs/";

    /// <summary>Where rule pages live; a rule's help link is this plus <c>ID.md</c>.</summary>
    public const string Rules = Docs + "rules/";

    /// <summary>Where the JSON schemas live.</summary>
    public const string Schemas = Docs + "schema/";

    public const string Issues = Repository + "/issues";
}
