using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace AiCompliance.Testing;

/// <summary>The verdict on one file.</summary>
public sealed record SchemaResult(string File, bool Valid, string Errors);

/// <summary>
/// Validates JSON files against JSON schemas with ajv, through tests/schema-validation/validate.mjs. One node process
/// validates a whole batch, so suites stay fast. Installs the validator's npm packages (npm ci, from the lock file) on
/// first use when node_modules is missing, so <c>dotnet test</c> works on a fresh clone; CI installs them up front.
/// </summary>
public static class SchemaValidator
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static bool _installed;

    /// <summary>tests/schema-validation.</summary>
    public static string Directory => RepositoryRoot.Combine("tests", "schema-validation");

    /// <summary>The official CycloneDX 1.6 schema and its two companions.</summary>
    public static string CycloneDxSchema => Path.Combine(Directory, "schemas", "bom-1.6.schema.json");

    public static IReadOnlyList<string> CycloneDxReferences =>
    [
        Path.Combine(Directory, "schemas", "spdx.schema.json"),
        Path.Combine(Directory, "schemas", "jsf-0.82.schema.json"),
    ];

    /// <summary>The project's model card schema, docs/schema/model-card.schema.json.</summary>
    public static string ModelCardSchema => RepositoryRoot.Combine("docs", "schema", "model-card.schema.json");

    /// <summary>Validates CycloneDX 1.6 BOMs against the official schema.</summary>
    public static Task<IReadOnlyList<SchemaResult>> ValidateCycloneDxAsync(IEnumerable<string> files) =>
        ValidateAsync(CycloneDxSchema, files, CycloneDxReferences);

    /// <summary>Validates files against a schema; every file gets a result. Throws when the validator itself fails.</summary>
    public static async Task<IReadOnlyList<SchemaResult>> ValidateAsync(string schema, IEnumerable<string> files, IEnumerable<string>? references = null)
    {
        var list = files.ToList();
        if (list.Count == 0)
        {
            return [];
        }

        await EnsureInstalledAsync().ConfigureAwait(false);
        var arguments = new List<string> { Path.Combine(Directory, "validate.mjs"), schema };
        arguments.AddRange(list);
        foreach (var reference in references ?? [])
        {
            arguments.Add("--ref");
            arguments.Add(reference);
        }

        var result = await ProcessRunner.RunAsync("node", arguments, Directory, timeout: TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        if (result.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException("The schema validator failed: " + result);
        }

        using var document = JsonDocument.Parse(result.StandardOutput);
        return document.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => new SchemaResult(
                r.GetProperty("file").GetString()!,
                r.GetProperty("valid").GetBoolean(),
                r.GetProperty("errors").ToString()))
            .ToList();
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_installed)
            {
                return;
            }

            // Test projects run in parallel processes: a lock file keeps two of them from running npm ci together.
            var lockPath = Path.Combine(Directory, ".install.lock");
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(5);
            while (true)
            {
                try
                {
                    using var fileLock = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
                    if (!Installed())
                    {
                        var npm = await ProcessRunner.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], Directory, timeout: TimeSpan.FromMinutes(5)).ConfigureAwait(false);
                        if (npm.ExitCode != 0 || !Installed())
                        {
                            throw new InvalidOperationException("npm ci in tests/schema-validation failed: " + npm);
                        }
                    }

                    break;
                }
                catch (IOException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(250).ConfigureAwait(false);
                }
            }

            _installed = true;
        }
        finally
        {
            InstallLock.Release();
        }

        static bool Installed() =>
            File.Exists(Path.Combine(Directory, "node_modules", "ajv", "package.json"))
            && File.Exists(Path.Combine(Directory, "node_modules", "ajv-formats-draft2019", "package.json"))
            && File.Exists(Path.Combine(Directory, "node_modules", "ajv-draft-04", "package.json"));
    }
}
