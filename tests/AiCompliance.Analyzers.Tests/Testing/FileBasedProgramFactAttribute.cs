namespace AiCompliance.Analyzers.Tests;

/// <summary>
/// A test of file-based programs (<c>#!</c> and <c>#:</c> directives, .NET 10): the Roslyn floor the analyzers support
/// does not parse them, so the test is skipped there.
/// </summary>
public sealed class FileBasedProgramFactAttribute : FactAttribute
{
    public FileBasedProgramFactAttribute()
    {
#if ROSLYN_4_8
        Skip = "File-based programs need the compiler of the .NET 10 SDK.";
#endif
    }
}
