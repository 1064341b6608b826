using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AiCompliance.Testing;

namespace AiCompliance.EndToEnd.Tests;

/// <summary>
/// A copy of a sample outside the repository, switched from the in-repo wiring (samples/Directory.Build.targets) to a
/// PackageReference on the packed AiCompliance package: the sample as a user who copied it would build it.
/// </summary>
internal static class SampleWorkspace
{
    public static string Copy(PackageFeedFixture feed, string sample)
    {
        var source = RepositoryRoot.Combine("samples", sample);
        var directory = feed.NewConsumerDirectory(sample);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is "bin" or "obj")
            {
                continue;
            }

            var target = Path.Combine(directory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var project = Path.Combine(directory, sample + ".csproj");
        var xml = XDocument.Load(project);
        xml.Root!.Add(new XElement("ItemGroup", new XElement("PackageReference", new XAttribute("Include", "AiCompliance"))));
        xml.Save(project);
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), CentralVersions(feed.Version));
        return directory;
    }

    /// <summary>The repository's central package versions, plus the packed AiCompliance.</summary>
    private static string CentralVersions(string version)
    {
        var repository = XDocument.Load(RepositoryRoot.Combine("Directory.Packages.props"));
        var versions = repository.Descendants("PackageVersion")
            .Where(e => e.Attribute("Condition") is null)
            .Select(e => $"    <PackageVersion Include=\"{e.Attribute("Include")!.Value}\" Version=\"{e.Attribute("Version")!.Value}\" />");
        var text = new StringBuilder()
            .AppendLine("<Project>")
            .AppendLine("  <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>")
            .AppendLine("  <ItemGroup>")
            .Append("    <PackageVersion Include=\"AiCompliance\" Version=\"").Append(version).AppendLine("\" />");
        foreach (var line in versions)
        {
            text.AppendLine(line);
        }

        return text.AppendLine("  </ItemGroup>").AppendLine("</Project>").ToString();
    }

    /// <summary>The model-card folder of a Debug build of the sample.</summary>
    public static string ModelCards(string directory) => Path.Combine(directory, "bin", "Debug", "net10.0", "model-cards");

    public static string[] Build(string sample, params string[] extra) =>
        ["build", sample + ".csproj", "--disable-build-servers", "-nodeReuse:false", "-clp:NoSummary", .. extra];
}
