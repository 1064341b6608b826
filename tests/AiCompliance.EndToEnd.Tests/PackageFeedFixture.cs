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
/// Packs the repository's packages once per test run into a temporary feed, and builds throwaway consumer projects
/// against it with their own package cache, so a package from an earlier run can never be picked up instead.
/// </summary>
public sealed class PackageFeedFixture : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "aicompliance-e2e-" + Guid.NewGuid().ToString("N")[..12]);

    public string Feed => Path.Combine(Root, "feed");

    public string Packages => Path.Combine(Root, "packages");

    public string Version { get; private set; } = "";

    /// <summary>The configuration the tests were built in; the packages are packed from the same build.</summary>
    public static string Configuration => typeof(PackageFeedFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);
        var pack = await Dotnet(RepositoryRoot.Path, "pack", RepositoryRoot.Combine("sdk", "AiCompliance", "AiCompliance.csproj"), "-c", Configuration, "--no-build", "-o", Feed);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        var package = Directory.GetFiles(Feed, "AiCompliance.*.nupkg").Single(f => !f.EndsWith(".snupkg", StringComparison.Ordinal));
        Version = Regex.Match(Path.GetFileName(package), @"^AiCompliance\.(?<version>\d.*)\.nupkg$").Groups["version"].Value;
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp folder is cleaned by the OS eventually.
        }

        return Task.CompletedTask;
    }

    /// <summary>Creates a folder for a consumer project with a nuget.config that sees only the local feed.</summary>
    public string NewConsumerDirectory(string name)
    {
        var directory = Path.Combine(Root, "consumers", name + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="aicompliance-e2e" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        // Stop MSBuild from importing anything above the consumer (the temp folder has nothing, but be explicit).
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />");
        return directory;
    }

    public Task<ProcessResult> Dotnet(string workingDirectory, params string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", arguments, workingDirectory, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Packages }, TimeSpan.FromMinutes(8));
}

[CollectionDefinition(Name)]
public sealed class PackedFeed : ICollectionFixture<PackageFeedFixture>
{
    public const string Name = "Packed feed";
}
