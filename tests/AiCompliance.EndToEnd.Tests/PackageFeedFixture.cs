using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AiCompliance.Testing;

namespace AiCompliance.EndToEnd.Tests;

/// <summary>
/// Packs the repository's packages once per test run into a temporary feed, with a version of their own so that no
/// package cache can ever hand a consumer an older build, and builds throwaway consumer projects against it. One feed
/// is shared by every collection (<see cref="Shared"/>), so collections can build in parallel.
/// </summary>
public sealed class PackageFeedFixture
{
    private static readonly Lazy<Task<PackageFeedFixture>> Instance = new(CreateAsync);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "aicompliance-e2e-" + Guid.NewGuid().ToString("N")[..12]);

    public string Feed => Path.Combine(Root, "feed");

    public string Packages => Path.Combine(Root, "packages");

    /// <summary>The version the packages were packed with: 0.1.0-e2e.&lt;run id&gt;.</summary>
    public string Version { get; private set; } = "";

    /// <summary>The configuration the tests were built in; the packages are packed from the same build.</summary>
    public static string Configuration => typeof(PackageFeedFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The feed of this test run, packed on first use.</summary>
    public static Task<PackageFeedFixture> Shared => Instance.Value;

    private static async Task<PackageFeedFixture> CreateAsync()
    {
        var feed = new PackageFeedFixture();
        Directory.CreateDirectory(feed.Feed);
        Directory.CreateDirectory(feed.Packages);
        feed.Version = "0.1.0-e2e." + Path.GetFileName(feed.Root)["aicompliance-e2e-".Length..];
        foreach (var project in new[] { RepositoryRoot.Combine("sdk", "AiCompliance", "AiCompliance.csproj"), RepositoryRoot.Combine("sdk", "AiCompliance.Cli", "AiCompliance.Cli.csproj") })
        {
            var pack = await feed.Dotnet(RepositoryRoot.Path, "pack", project, "-c", Configuration, "--no-build", "-o", feed.Feed, "-p:PackageVersion=" + feed.Version);
            Assert.True(pack.ExitCode == 0, pack.ToString());
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => feed.Delete();
        return feed;
    }

    private void Delete()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp folder is cleaned by the OS eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Creates a folder for a consumer project. Its nuget.config sees the local feed and nuget.org (for the samples'
    /// other packages), with the machine's package cache as a read-only fallback so they are not downloaded again.
    /// </summary>
    public string NewConsumerDirectory(string name)
    {
        var directory = Path.Combine(Root, "consumers", name + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(directory);
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var fallback = Directory.Exists(globalPackages) ? $"""<fallbackPackageFolders><add key="machine" value="{globalPackages}" /></fallbackPackageFolders>""" : "";
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="aicompliance-e2e" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              {fallback}
            </configuration>
            """);
        // Stop MSBuild from importing anything above the consumer (the temp folder has nothing, but be explicit).
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />");
        return directory;
    }

    /// <summary>
    /// Writes &lt;directory&gt;/&lt;name&gt;.csproj: a net10.0 project that references the packed package, with extra
    /// properties (XML) and project references.
    /// </summary>
    public string WriteProject(string directory, string name, string properties = "", params string[] projectReferences)
    {
        Directory.CreateDirectory(directory);
        var references = string.Concat(projectReferences.Select(r => $"<ProjectReference Include=\"{r}\" />"));
        var path = Path.Combine(directory, name + ".csproj");
        File.WriteAllText(path, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AiCompliance" Version="{Version}" />
                {references}
              </ItemGroup>
            </Project>
            """);
        return path;
    }

    public Task<ProcessResult> Dotnet(string workingDirectory, params string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", arguments, workingDirectory, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Packages }, TimeSpan.FromMinutes(8));
}

/// <summary>Hands the shared feed to a test collection; several collections may use it and run in parallel.</summary>
public sealed class FeedFixture : IAsyncLifetime
{
    public PackageFeedFixture Feed { get; private set; } = null!;

    public async Task InitializeAsync() => Feed = await PackageFeedFixture.Shared;

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class PackedFeed : ICollectionFixture<FeedFixture>
{
    public const string Name = "Packed feed";
}

[CollectionDefinition(Name)]
public sealed class PackedFeedForSamples : ICollectionFixture<FeedFixture>
{
    public const string Name = "Packed feed, samples";
}
