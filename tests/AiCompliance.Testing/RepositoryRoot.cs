using System;
using System.IO;

namespace AiCompliance.Testing;

/// <summary>Finds files of the repository from a test's output folder (the folder that holds ComplianceSdk.sln).</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ComplianceSdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ComplianceSdk.sln was not found above " + AppContext.BaseDirectory);
    }
}
