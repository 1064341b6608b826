using System.Linq;
using System;
using System.IO;
using System.Reflection.PortableExecutable;
using AiCompliance.ModelCards.Reading;

namespace AiCompliance.ModelCards.Tests;

/// <summary>Anything that is not a sound .NET assembly is rejected with one exception type and a one-line message.</summary>
[Collection(CompiledAssemblies.Name)]
public sealed class InvalidInputTests
{
    private readonly TestAssemblies _assemblies;

    public InvalidInputTests(TestAssemblies assemblies) => _assemblies = assemblies;

    [Fact]
    public void A_missing_file_is_reported_as_such()
    {
        var e = Assert.Throws<AssemblyReadException>(() => AssemblyDeclarationReader.ReadFile(Path.Combine(_assemblies.Root, "nope.dll")));
        Assert.EndsWith("no such file.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello, I am a text file\nwith two lines\n")]
    [InlineData("MZ")]
    [InlineData("MZ but then nothing that a PE needs")]
    public void Text_and_tiny_files_are_not_assemblies(string content)
    {
        var e = Assert.Throws<AssemblyReadException>(() => AssemblyDeclarationReader.Read(System.Text.Encoding.UTF8.GetBytes(content), "input.dll"));
        AssertOneLine(e.Message);
        Assert.StartsWith("input.dll: not a .NET assembly", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_elf_binary_is_not_an_assembly()
    {
        var e = Assert.Throws<AssemblyReadException>(() => AssemblyDeclarationReader.Read([0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0], "tool"));
        Assert.Contains("not a PE file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_native_PE_file_is_recognised()
    {
        var image = File.ReadAllBytes(_assemblies.Full.Path);
        // Zero the CLI header data directory: what is left is a PE file without .NET metadata, as a native DLL is.
        using (var pe = new PEReader(new MemoryStream(image)))
        {
            var headers = pe.PEHeaders;
            var directory = headers.PEHeaderStartOffset + (headers.PEHeader!.Magic == PEMagic.PE32Plus ? 224 : 208);
            Array.Clear(image, directory, 8);
        }

        var e = Assert.Throws<AssemblyReadException>(() => AssemblyDeclarationReader.Read(image, "native.dll"));
        Assert.Equal("native.dll: not a .NET assembly (a native PE file without .NET metadata).", e.Message);
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.5)]
    [InlineData(0.2)]
    [InlineData(0.05)]
    public void A_truncated_assembly_is_rejected(double keep)
    {
        var image = File.ReadAllBytes(_assemblies.Full.Path);
        var truncated = image.AsSpan(0, (int)(image.Length * keep)).ToArray();

        var e = Assert.Throws<AssemblyReadException>(() => AssemblyDeclarationReader.Read(truncated, "cut.dll"));
        AssertOneLine(e.Message);
        Assert.StartsWith("cut.dll: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_that_lost_only_its_last_byte_is_rejected_as_truncated()
    {
        var image = File.ReadAllBytes(_assemblies.Full.Path);

        var e = Assert.Throws<AssemblyReadException>(() => AssemblyDeclarationReader.Read(image.AsSpan(0, image.Length - 1).ToArray(), "cut.dll"));

        Assert.Equal($"cut.dll: the assembly is truncated (its PE sections end at byte {image.Length}, the file has {image.Length - 1} bytes).", e.Message);
    }

    [Fact]
    public void Bytes_appended_after_the_sections_do_not_make_an_assembly_unreadable()
    {
        var image = File.ReadAllBytes(_assemblies.Full.Path);
        var padded = new byte[image.Length + 512];
        image.CopyTo(padded, 0);

        var scanned = AssemblyDeclarationReader.Read(padded, "padded.dll");

        Assert.Equal(AssemblyDeclarationReader.Read(image, "full.dll").Declarations.Models.Select(m => m.DisplayId), scanned.Declarations.Models.Select(m => m.DisplayId));
        Assert.NotEmpty(scanned.Declarations.Models);
    }

    [Fact]
    public void Fuzzed_assemblies_either_read_or_throw_the_one_exception_type()
    {
        var original = File.ReadAllBytes(_assemblies.Full.Path);
        var random = new Random(20260115);
        var read = 0;
        var rejected = 0;
        for (var round = 0; round < 400; round++)
        {
            var image = (byte[])original.Clone();
            var flips = 1 + random.Next(round % 10 == 0 ? 200 : 8);
            for (var i = 0; i < flips; i++)
            {
                // Bias towards the metadata (the second half of a small assembly), where the decoders work.
                var position = random.Next(2) == 0 ? random.Next(image.Length) : (image.Length / 2) + random.Next(image.Length / 2);
                image[position] = (byte)random.Next(256);
            }

            try
            {
                var scanned = AssemblyDeclarationReader.Read(image, "fuzz.dll");
                _ = ModelCardGenerator.Generate(scanned, new ModelCardOptions());
                read++;
            }
            catch (AssemblyReadException e)
            {
                AssertOneLine(e.Message);
                rejected++;
            }
        }

        Assert.True(read + rejected == 400);
    }

    private static void AssertOneLine(string message)
    {
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\r', message);
        Assert.False(string.IsNullOrWhiteSpace(message));
    }
}
