using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiCompliance.ModelCards.Tests.Robustness;

/// <summary>
/// Assemblies for the robustness tests, compiled in the test run: one with many declarations (the models of
/// <see cref="Sources.Full"/> plus generated ones that use every attribute), and models whose every string slot holds a
/// given text, next to their harmless twins.
/// </summary>
public static class RobustnessAssemblies
{
    /// <summary>The number of string slots of <see cref="ModelSource"/>.</summary>
    public const int Slots = 63;

    private static readonly Lazy<byte[]> ManyDeclarations = new(() => Compile("Contoso.Many", Sources.Full + Environment.NewLine + GeneratedModels(12)));

    /// <summary>An image with 23 models, 3 datasets and every kind of declaration.</summary>
    public static byte[] ManyDeclarationsImage => ManyDeclarations.Value;

    /// <summary>Compiles a source that references the SDK and returns the image; throws with the errors if it does not compile.</summary>
    public static byte[] Compile(string name, string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: name + ".cs");
        var compilation = CSharpCompilation.Create(
            name,
            [tree],
            ReferenceAssemblies.Net.Add(ReferenceAssemblies.Sdk),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10).Select(d => d.ToString());
            throw new InvalidOperationException($"'{name}' does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        return image.ToArray();
    }

    /// <summary>
    /// One model (class <c>Model{index}</c> in namespace <c>Robust</c>) whose 63 string slots hold <paramref name="text"/>(slot):
    /// every string property of every model-level attribute, and with <paramref name="withDataset"/> the dataset too.
    /// </summary>
    public static string ModelSource(int index, Func<int, string> text, bool withDataset)
    {
        string S(int slot) => SymbolDisplay.FormatLiteral(text(slot), quote: true);
        var source = new StringBuilder();
        void Line(FormattableString line) => source.AppendLine(line.ToString(CultureInfo.InvariantCulture));
        if (withDataset)
        {
            Line($"[assembly: AiCompliance.Dataset({S(0)}, Name = {S(40)}, Version = {S(41)}, Source = {S(42)}, Url = {S(43)}, License = {S(44)}, CollectionMethod = {S(45)}, PersonalData = AiCompliance.PersonalDataKind.Personal, LegalBasis = {S(46)}, Regions = new[] {{ {S(47)} }}, Languages = new[] {{ {S(48)} }}, KnownBias = {S(49)}, Description = {S(50)})]");
        }

        Line($"namespace Robust {{ using AiCompliance;");
        Line($"[AiModel({S(0)}, Name = {S(1)}, Version = {S(2)}, Kind = ModelKind.Generative, Provider = {S(3)}, BaseModel = {S(4)}, License = {S(5)}, Description = {S(6)})]");
        Line($"[RiskProfile(RiskLevel.High, Sector.Healthcare, Rationale = {S(7)})]");
        Line($"[IntendedUse({S(8)}, Users = new[] {{ {S(9)}, {S(10)} }}, OutOfScope = new[] {{ {S(11)} }})]");
        Line($"[KnownLimitation({S(12)}, Mitigation = {S(13)})]");
        Line($"[ImpactAssessment({S(14)}, Date = {S(15)}, AssessedBy = {S(16)}, Summary = {S(17)})]");
        Line($"[HumanOversight(OversightMode.HumanInTheLoop, Reviewer = {S(18)}, CanOverride = true, CanStop = true, Justification = {S(19)})]");
        Line($"[AccountableOwner({S(20)}, Contact = {S(21)}, Role = {S(22)})]");
        Line($"[TrainedOn({S(23)}, {S(24)})]");
        Line($"[Evaluation({S(25)}, 0.9, Dataset = {S(23)}, Slice = {S(26)}, Threshold = 0.8)]");
        Line($"[Evaluation({S(25)}, 0.7, Dataset = {S(24)}, Slice = {S(27)}, Threshold = 0.8)]");
        Line($"[FairnessAssessment({S(28)}, Metric = {S(29)}, Value = 0.03, Threshold = 0.05, Groups = new[] {{ {S(30)}, {S(31)} }}, GroupValues = new[] {{ 0.4, 0.5 }}, Mitigation = {S(32)})]");
        Line($"[SecurityAssessment(SecurityTest.RedTeaming, Date = {S(33)}, Reference = {S(34)}, Findings = {S(35)}, PerformedBy = {S(36)})]");
        Line($"[Explainability({S(37)}, Description = {S(39)})]");
        Line($"[AiDisclosure({S(38)})]");
        Line($"[ContentProvenance(ProvenanceMethod.Watermark, Standard = {S(51)})]");
        Line($"[SupportedLanguages({S(52)}, {S(53)})]");
        Line($"[DataResidency({S(54)})]");
        Line($"[DataTransfer({S(55)}, {S(56)}, Mechanism = {S(57)}, Safeguards = {S(58)})]");
        Line($"[DecisionLogging({S(59)}, RetentionDays = 30)]");
        Line($"[Monitoring({S(60)}, DriftMonitoring = true, ReviewIntervalDays = 30)]");
        Line($"[ComputeFootprint(TrainingEnergyKWh = 1, Co2eKg = 1, Hardware = {S(61)}, Region = {S(62)})]");
        Line($"public sealed class Model{index} {{ }} }}");
        return source.ToString();
    }

    /// <summary>Models that use every attribute with ordinary values, in namespace Contoso.Generated.</summary>
    private static string GeneratedModels(int count)
    {
        var source = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var number = i.ToString(CultureInfo.InvariantCulture);
            source.AppendLine(ModelSource(i, slot => slot switch
            {
                0 => "generated-" + number,
                23 => "loan-applications",
                24 => "holdout-2024",
                15 or 33 => "2026-0" + ((i % 9) + 1).ToString(CultureInfo.InvariantCulture) + "-15",
                21 or 60 => "owner" + number + "@example.com",
                52 => "vi",
                53 => "en",
                54 or 55 or 62 => "VN",
                56 => "SG",
                _ => "Generated text " + number + "/" + slot.ToString(CultureInfo.InvariantCulture),
            }, withDataset: false).Replace("namespace Robust", "namespace Contoso.Generated", StringComparison.Ordinal));
        }

        return source.ToString();
    }
}
