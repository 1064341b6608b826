using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Threading.Tasks;
using AiCompliance.Cli;
using AiCompliance.ModelCards.Reading;

namespace AiCompliance.ModelCards.Tests.Robustness;

/// <summary>
/// Truncated and bit-flipped copies of a real assembly with many declarations: for every variant the reader either
/// reads it (and the writers then write every format, for one read variant in sixteen) or throws <see cref="AssemblyReadException"/> with a one-line
/// message; never another exception, never a hang. The CLI turns every rejected variant into exit code 2, one error
/// line and an output folder left empty.
/// </summary>
[Collection(CompiledAssemblies.Name)]
public sealed class CorruptAssemblyTests
{
    private const int Seed = 20260116;

    // A hang guard, not a speed test: generous enough for a loaded CI machine (about a thousand variants take 20–90 s
    // there), still far short of a reader stuck in a loop. How fast the reader is belongs to the benchmarks.
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(10);

    private readonly TestAssemblies _assemblies;

    public CorruptAssemblyTests(TestAssemblies assemblies) => _assemblies = assemblies;

    private static byte[] Original => RobustnessAssemblies.ManyDeclarationsImage;

    /// <summary>Every length in the headers (0..1 KB, step 3), then 300 lengths spread over the rest of the file.</summary>
    public static IEnumerable<(string Name, byte[] Image)> Truncations()
    {
        var image = Original;
        var lengths = new SortedSet<int>();
        for (var length = 0; length < Math.Min(1024, image.Length); length += 3)
        {
            lengths.Add(length);
        }

        for (var i = 0; i < 300; i++)
        {
            lengths.Add((int)((long)image.Length * i / 300));
        }

        lengths.Add(image.Length - 1);
        foreach (var length in lengths)
        {
            yield return ("cut-" + length.ToString(CultureInfo.InvariantCulture) + ".dll", image.AsSpan(0, length).ToArray());
        }
    }

    /// <summary>
    /// 1,000 seeded copies with one to eight bits flipped; two thirds of them in the metadata (tables, strings, blobs,
    /// where the decoders work), the rest anywhere in the file.
    /// </summary>
    public static IEnumerable<(string Name, byte[] Image)> BitFlips()
    {
        var original = Original;
        int metadataStart;
        int metadataSize;
        using (var pe = new PEReader(new MemoryStream(original)))
        {
            metadataStart = pe.PEHeaders.MetadataStartOffset;
            metadataSize = pe.PEHeaders.MetadataSize;
        }

        var random = new Random(Seed);
        for (var round = 0; round < 1000; round++)
        {
            var image = (byte[])original.Clone();
            var flips = random.Next(10) < 7 ? 1 : 2 + random.Next(7);
            var positions = new List<int>();
            for (var i = 0; i < flips; i++)
            {
                var position = random.Next(3) == 0 ? random.Next(image.Length) : metadataStart + random.Next(metadataSize);
                image[position] ^= (byte)(1 << random.Next(8));
                positions.Add(position);
            }

            yield return ("flip-" + round.ToString(CultureInfo.InvariantCulture) + "@" + string.Join("+", positions) + ".dll", image);
        }
    }

    [Fact]
    public void Truncated_copies_are_read_or_rejected_with_one_line()
    {
        var outcome = RunAll(Truncations());

        // Most cuts lose part of the image the reader needs; cuts into the final section's padding may still read.
        Assert.True(outcome.Rejected > outcome.Total / 2, outcome.ToString());
    }

    [Fact]
    public void Bit_flipped_copies_are_read_or_rejected_with_one_line()
    {
        var outcome = RunAll(BitFlips());

        Assert.Equal(1000, outcome.Total);
        Assert.True(outcome.Read > 0 && outcome.Rejected > 0, outcome.ToString());
    }

    [Fact]
    public void The_cli_rejects_corrupt_copies_with_exit_code_2_one_line_and_no_file()
    {
        var directory = _assemblies.NewDirectory("corrupt-cli");
        var rejected = Truncations().Where((_, i) => i % 20 == 7).Where(v => !Reads(v.Image))
            .Concat(BitFlips().Where(v => !Reads(v.Image)).Take(25))
            .ToList();
        Assert.True(rejected.Count >= 40, "too few rejected variants: " + rejected.Count.ToString(CultureInfo.InvariantCulture));

        foreach (var (name, image) in rejected)
        {
            var input = Path.Combine(directory, name);
            File.WriteAllBytes(input, image);
            var output = Path.Combine(directory, "out-" + name);
            Directory.CreateDirectory(output);

            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var exit = new CliApplication(stdout, stderr, _ => null).Run(["card", input, "--out", output]);

            Assert.True(exit == 2, $"{name}: exit {exit}; {stderr}");
            var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("aicompliance: error: ", line, StringComparison.Ordinal);
            Assert.Contains(name + ": ", line, StringComparison.Ordinal);
            Assert.Equal("", stdout.ToString());
            Assert.Empty(Directory.EnumerateFileSystemEntries(output));
        }
    }

    private static bool Reads(byte[] image)
    {
        try
        {
            _ = AssemblyDeclarationReader.Read(image, "probe.dll");
            return true;
        }
        catch (AssemblyReadException)
        {
            return false;
        }
    }

    /// <summary>Reads every variant on a worker with a deadline: a hang fails the test instead of stopping the run.</summary>
    private static Outcome RunAll(IEnumerable<(string Name, byte[] Image)> variants)
    {
        var outcome = new Outcome();
        var work = Task.Run(() =>
        {
            foreach (var (name, image) in variants)
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    var scanned = AssemblyDeclarationReader.Read(image, name);
                    if (outcome.Read++ % 16 == 0)
                    {
                        // What was read is handed to the writers as it is: they must cope with whatever it holds.
                        _ = ModelCardGenerator.Generate(scanned, new ModelCardOptions());
                    }

                }
                catch (AssemblyReadException e)
                {
                    Assert.False(string.IsNullOrWhiteSpace(e.Message), name);
                    Assert.DoesNotContain('\n', e.Message);
                    Assert.DoesNotContain('\r', e.Message);
                    Assert.StartsWith(name + ": ", e.Message, StringComparison.Ordinal);
                    outcome.Rejected++;
                }
                catch (Exception e) when (e is not Xunit.Sdk.XunitException)
                {
                    Assert.Fail($"{name}: {e.GetType().Name} escaped the reader or the writers: {e}");
                }

                if (watch.Elapsed > outcome.Slowest)
                {
                    outcome.Slowest = watch.Elapsed;
                    outcome.SlowestName = name;
                }
            }
        });

        Assert.True(work.Wait(Deadline), $"The variants did not finish within {Deadline.TotalMinutes} min (a hang?); {outcome}");
        return outcome;
    }

    private sealed class Outcome
    {
        public int Read { get; set; }

        public int Rejected { get; set; }

        public int Total => Read + Rejected;

        public TimeSpan Slowest { get; set; }

        public string SlowestName { get; set; } = "";

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Read} read, {Rejected} rejected; slowest {SlowestName} in {Slowest.TotalMilliseconds:0} ms");
    }
}
