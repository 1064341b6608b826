using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AiCompliance.ModelCards.Checking;
using AiCompliance.ModelCards.Diffing;
using AiCompliance.Policy;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// Every link the tools write (rule help links, <c>$schema</c>, documentation) derives from <see cref="RepositoryLinks"/>,
/// names the repository the packages name, and points at a file that exists in it.
/// </summary>
public sealed class RepositoryLinkTests
{
    [Fact]
    public void Every_rule_help_link_names_an_existing_rule_page()
    {
        Assert.NotEmpty(RuleCatalog.Descriptors);
        foreach (var rule in RuleCatalog.Descriptors)
        {
            Assert.Equal(RepositoryLinks.Rules + rule.Id + ".md", rule.HelpUri);
            Assert.True(File.Exists(LocalFile(rule.HelpUri)), rule.HelpUri + " names no file of the repository.");
        }
    }

    [Theory]
    [InlineData(GeneratorInfo.JsonSchemaUri)]
    [InlineData(DiffJsonWriter.SchemaUri)]
    public void Every_schema_link_names_an_existing_schema(string uri)
    {
        Assert.StartsWith(RepositoryLinks.Schemas, uri, StringComparison.Ordinal);
        Assert.True(File.Exists(LocalFile(uri)), uri + " names no file under docs/schema.");
    }

    [Fact]
    public void The_documentation_links_name_existing_pages_and_the_repository_is_the_one_the_packages_name()
    {
        Assert.True(File.Exists(LocalFile(GeneratorInfo.DocumentationUri)), GeneratorInfo.DocumentationUri);
        Assert.Equal(RepositoryLinks.Repository, SarifWriter.InformationUri);

        var properties = XDocument.Load(RepositoryRoot.Combine("Directory.Build.props")).Descendants().ToList();
        Assert.Equal(RepositoryLinks.Repository, properties.Single(e => e.Name.LocalName == "RepositoryUrl").Value);
        Assert.Equal(RepositoryLinks.Repository, properties.Single(e => e.Name.LocalName == "PackageProjectUrl").Value);
    }

    /// <summary>The repository file a link under <see cref="RepositoryLinks.Docs"/> shows.</summary>
    private static string LocalFile(string uri)
    {
        Assert.StartsWith(RepositoryLinks.Docs, uri, StringComparison.Ordinal);
        return RepositoryRoot.Combine(["docs", .. uri[RepositoryLinks.Docs.Length..].Split('/')]);
    }
}
