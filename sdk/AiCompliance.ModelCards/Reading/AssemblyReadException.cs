using System;

namespace AiCompliance.ModelCards.Reading;

/// <summary>
/// The file cannot be read as a .NET assembly: it is missing, not a PE file, a native PE file, truncated or corrupt.
/// The message is one line that names the file and the reason, ready to show to a user as it is.
/// </summary>
public sealed class AssemblyReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AssemblyReadException()
    {
    }

    /// <summary>Creates the exception with a one-line message.</summary>
    public AssemblyReadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and the low-level cause.</summary>
    public AssemblyReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
