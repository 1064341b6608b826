using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using AiCompliance.Policy.CodeEvidence;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards.Reading;

/// <summary>
/// Reads the SDK declarations of a compiled assembly from its metadata alone: the file is never loaded into the
/// runtime and none of its code runs, so it works for any target framework and for DLLs shipped without source. The
/// attributes are decoded into <see cref="RawDeclaration"/>s and bound by <see cref="DeclarationBinder"/>, exactly as the
/// analyzers bind Roslyn's view of the same attributes, so both front ends agree on every declaration.
/// </summary>
public static class AssemblyDeclarationReader
{
    /// <summary>Reads an assembly file.</summary>
    /// <exception cref="AssemblyReadException">The file is missing, unreadable, not a .NET assembly, truncated or corrupt.</exception>
    public static ScannedAssembly ReadFile(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var name = Path.GetFileName(path);
        byte[] image;
        try
        {
            if (Directory.Exists(path))
            {
                throw new AssemblyReadException($"{path}: is a directory, not an assembly file.");
            }

            image = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException e)
        {
            throw new AssemblyReadException($"{path}: no such file.", e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new AssemblyReadException($"{path}: no such file.", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new AssemblyReadException($"{path}: cannot be read (access denied).", e);
        }
        catch (IOException e)
        {
            throw new AssemblyReadException($"{path}: cannot be read ({OneLine(e.Message)}).", e);
        }
        catch (ArgumentException e)
        {
            throw new AssemblyReadException($"{path}: is not a valid file path.", e);
        }
        catch (NotSupportedException e)
        {
            throw new AssemblyReadException($"{path}: is not a valid file path.", e);
        }

        return Read(image, string.IsNullOrEmpty(name) ? path : name);
    }

    /// <summary>Reads an assembly image held in memory. <paramref name="displayName"/> names it in error messages.</summary>
    /// <exception cref="AssemblyReadException">The bytes are not a .NET assembly, or are truncated or corrupt.</exception>
    public static ScannedAssembly Read(byte[] image, string displayName)
    {
        if (image is null)
        {
            throw new ArgumentNullException(nameof(image));
        }

        // Cheap checks first, so that the common wrong inputs get a precise message rather than a decoder's.
        if (image.Length < 2 || image[0] != (byte)'M' || image[1] != (byte)'Z')
        {
            throw new AssemblyReadException($"{displayName}: not a .NET assembly (not a PE file: no 'MZ' header).");
        }

        try
        {
            using var pe = new PEReader(ImmutableArray.Create(image));
            PEHeaders headers;
            try
            {
                headers = pe.PEHeaders;
            }
            catch (BadImageFormatException e)
            {
                throw new AssemblyReadException($"{displayName}: not a .NET assembly (the PE headers are truncated or corrupt: {OneLine(e.Message)}).", e);
            }

            // A cut that spares the metadata would still read; a copy that lost bytes is not the assembly that was
            // built, so its declarations are not reported as if it were.
            var describedLength = DescribedLength(headers);
            if (describedLength > image.Length)
            {
                throw new AssemblyReadException($"{displayName}: the assembly is truncated (its PE sections end at byte {describedLength}, the file has {image.Length} bytes).");
            }

            if (headers.CorHeader is null || !pe.HasMetadata)
            {
                throw new AssemblyReadException($"{displayName}: not a .NET assembly (a native PE file without .NET metadata).");
            }

            var metadata = pe.GetMetadataReader();
            if (!metadata.IsAssembly)
            {
                throw new AssemblyReadException($"{displayName}: not a .NET assembly (a module without an assembly manifest).");
            }

            var scanned = Scan(metadata);
            return new ScannedAssembly(scanned.Declarations, scanned.Mvid, Sha256(image), scanned.InformationalVersion, scanned.MetadataOrder, scanned.ContainingTypes);
        }
        catch (AssemblyReadException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // System.Reflection.Metadata reports corrupt tables and blobs with BadImageFormatException, but hostile
            // bytes can also surface as argument, range, overflow or cast errors from deeper in the decoder. Whatever
            // the cause, the file is unusable, and callers get one exception type with a one-line reason.
            throw new AssemblyReadException($"{displayName}: the assembly is truncated or its metadata is corrupt ({OneLine(e.Message)}).", e);
        }
    }

    private static (AssemblyDeclarations Declarations, Guid Mvid, string? InformationalVersion, IReadOnlyList<string> MetadataOrder, IReadOnlyDictionary<string, IReadOnlyList<string>> ContainingTypes) Scan(MetadataReader metadata)
    {
        var decoder = new AttributeBlobDecoder(metadata);
        var formatter = new TypeNameFormatter(metadata);

        var types = new List<ModelDeclarations>();
        var metadataOrder = new List<string>();
        var containingTypes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var raw = new List<RawDeclaration>();
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(typeHandle);
            raw.Clear();
            foreach (var attributeHandle in type.GetCustomAttributes())
            {
                var attribute = metadata.GetCustomAttribute(attributeHandle);
                var name = decoder.SdkAttributeName(attribute.Constructor);
                if (name is not null && DeclarationBinder.IsModelLevel(name))
                {
                    raw.Add(decoder.Decode(name, attribute, attributeHandle));
                }
            }

            if (raw.Count > 0)
            {
                var bound = DeclarationBinder.BindType(formatter.Format(typeHandle), raw.ToArray());
                types.Add(bound);
                metadataOrder.Add(bound.TypeName);
                if (type.IsNested)
                {
                    containingTypes[bound.TypeName] = ContainingTypeNames(metadata, formatter, type);
                }
            }
        }

        // Roslyn's analyzers see types in no particular order; the neutral model sorts them so that every front end
        // and every run produce the same sequence.
        types.Sort((a, b) => string.CompareOrdinal(a.TypeName, b.TypeName));

        var assembly = metadata.GetAssemblyDefinition();
        var datasets = new List<DatasetDeclaration>();
        var acceptances = new List<RiskAcceptanceDeclaration>();
        var observed = new List<ObservedInCodeEntry>();
        string? informationalVersion = null;
        foreach (var attributeHandle in assembly.GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(attributeHandle);
            var name = decoder.SdkAttributeName(attribute.Constructor);
            if (name == AttributeNames.Dataset)
            {
                datasets.Add(DeclarationBinder.BindDataset(decoder.Decode(name, attribute, attributeHandle)));
            }
            else if (name == AttributeNames.RiskAcceptance)
            {
                acceptances.Add(DeclarationBinder.BindRiskAcceptance(decoder.Decode(name, attribute, attributeHandle)));
            }
            else if (name is null && decoder.IsAttribute(attribute.Constructor, AttributeNames.Namespace, ObservedInCode.AttributeName))
            {
                if (ObservedEntry(decoder.Decode(ObservedInCode.AttributeName, attribute, attributeHandle)) is { } entry)
                {
                    observed.Add(entry);
                }
            }
            else if (name is null && informationalVersion is null && decoder.IsAttribute(attribute.Constructor, "System.Reflection", "AssemblyInformationalVersionAttribute"))
            {
                var positional = decoder.Decode("AssemblyInformationalVersionAttribute", attribute, attributeHandle).Positional;
                informationalVersion = positional.Count == 1 ? positional[0] as string : null;
            }
        }

        if (observed.Count > 0)
        {
            var evidence = ObservedInCode.Group(observed);
            for (var i = 0; i < types.Count; i++)
            {
                if (types[i].Identity?.Id is { } id && evidence.TryGetValue(id, out var code))
                {
                    types[i] = types[i] with { Code = code };
                }
            }
        }

        var declarations = new AssemblyDeclarations
        {
            AssemblyName = metadata.GetString(assembly.Name),
            AssemblyVersion = assembly.Version.ToString(),
            Types = types,
            Datasets = datasets,
            RiskAcceptances = acceptances,
        };
        var mvid = metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
        return (declarations, mvid, informationalVersion, metadataOrder, containingTypes);
    }

    /// <summary>One generator-written <c>[assembly: ObservedInCode]</c>; <see langword="null"/> when it lacks what every entry has.</summary>
    private static ObservedInCodeEntry? ObservedEntry(RawDeclaration raw)
    {
        if (raw.Positional.Count != 2 || raw.Positional[0] is not string modelId || raw.Positional[1] is not string evidence)
        {
            return null;
        }

        object? Named(string property)
        {
            foreach (var pair in raw.Named)
            {
                if (pair.Key == property)
                {
                    return pair.Value;
                }
            }

            return null;
        }

        string? Text(string property) => Named(property) as string;
        var line = Named("Line") is int value ? value : 0;
        return new ObservedInCodeEntry(modelId, evidence, Text("Value"), Text("Api"), Text("Approval"), Text("Host"), Text("Location"), Text("Regions"), Text("File"), line);
    }

    /// <summary>The names of the types that contain a nested type, innermost first.</summary>
    private static List<string> ContainingTypeNames(MetadataReader metadata, TypeNameFormatter formatter, TypeDefinition type)
    {
        var names = new List<string>();
        var current = type;
        for (var guard = 0; current.IsNested && guard < 64; guard++)
        {
            var declaring = current.GetDeclaringType();
            if (declaring.IsNil)
            {
                break;
            }

            names.Add(formatter.Format(declaring));
            current = metadata.GetTypeDefinition(declaring);
        }

        return names;
    }

    private static string Sha256(byte[] image)
    {
        using var sha = SHA256.Create();
        return Hex.Lower(sha.ComputeHash(image));
    }

    private static long DescribedLength(PEHeaders headers)
    {
        long end = headers.PEHeaderStartOffset;
        foreach (var section in headers.SectionHeaders)
        {
            end = Math.Max(end, (long)section.PointerToRawData + section.SizeOfRawData);
        }

        return end;
    }

    private static string OneLine(string text) => text.Replace("\r", " ").Replace("\n", " ").Trim();
}
